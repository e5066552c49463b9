package org.assay.engine.loading;

import org.assay.engine.sandbox.BytecodeCheck;
import org.assay.engine.sandbox.DrlFormCheck;
import org.assay.engine.sandbox.GeneratedCode;
import org.assay.engine.sandbox.PolicyGuards;

import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles a pack's DRL files into one rule base with Drools' executable model, so that all of a
 * pack (constraints, consequences, functions, accumulate code, declared types) becomes bytecode and
 * nothing is interpreted. For a pack the operator does not trust, the parsed DRL passes
 * {@link DrlFormCheck} before it is compiled and every class passes {@link BytecodeCheck} before any
 * rule class is loaded, then carries {@link PolicyGuards}; each refusal, like each compile error,
 * names file, line and column.
 */
public final class PackCompiler {

    record Compiled(KieBase kieBase, List<CompileProblem> warnings) {
    }

    // The engine's own class loader, so DRL can import the outcome classes under Quarkus too; cached, see ClassFileCache.
    private static final ClassLoader CLASSES = new ClassFileCache(PackCompiler.class.getClassLoader());
    private static final String RESOURCES = "src/main/resources/";
    /** Each compile is its own module: two compiles at once (a reload and a validation) never share one. */
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    public static final Comparator<CompileProblem> BY_PLACE = Comparator.comparing(CompileProblem::file)
            .thenComparingInt(CompileProblem::line).thenComparingInt(CompileProblem::column);

    private PackCompiler() {
    }

    static Compiled compile(List<DrlFile> drlFiles, boolean trusted) throws PackException {
        try {
            return compileChecked(drlFiles, trusted);
        } catch (StackOverflowError e) {
            // The DRL parser and the Java parser both recurse on nesting; thousands of parentheses exhaust the stack.
            throw new PackException(drlFiles.isEmpty() ? "(no DRL)" : drlFiles.get(0).path(),
                    "the DRL nests too deeply to compile (thousands of parentheses or terms in one expression)");
        }
    }

    private static Compiled compileChecked(List<DrlFile> drlFiles, boolean trusted) throws PackException {
        if (!trusted) {
            throwIfAny(DrlFormCheck.check(drlFiles));
        }
        KieServices services = KieServices.Factory.get();
        ReleaseId release = services.newReleaseId("org.assay.packs", "pack", "1." + BUILDS.incrementAndGet());
        KieFileSystem sources = services.newKieFileSystem();
        sources.generateAndWritePomXML(release);
        Map<String, DrlFile> byResource = new LinkedHashMap<>();
        for (DrlFile file : drlFiles) {
            // In its package's folder, as Drools expects (it warns of every file elsewhere).
            String resource = RESOURCES + packageFolder(file.text()) + "f" + byResource.size() + ".drl";
            byResource.put(resource, file);
            // The text the checks read, not the file again, so a file edited meanwhile cannot slip past them.
            sources.write(resource, file.text());
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(sources, CLASSES).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // The executable model throws on some forms it cannot translate (a time window in CLOUD mode, an array element assigned in a lambda).
            services.getRepository().removeKieModule(release);
            throw new PackException(drlFiles.isEmpty() ? "(no DRL)" : drlFiles.get(0).path(),
                    "the DRL cannot be compiled: " + (e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage())));
        }
        try {
            throwIfAny(problems(builder, Message.Level.ERROR, byResource, drlFiles));
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            if (!trusted) {
                Map<String, byte[]> classes = classFiles(module);
                throwIfAny(GeneratedCode.refusals(classes, drlFiles));
                guard(module, classes);
            }
            KieBase kieBase = services.newKieContainer(release, CLASSES).getKieBase();
            return new Compiled(kieBase, problems(builder, Message.Level.WARNING, byResource, drlFiles));
        } finally {
            services.getRepository().removeKieModule(release);
        }
    }

    private static String packageFolder(String drl) {
        Matcher m = PACKAGE.matcher(DrlText.codeOnly(drl));
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static Map<String, byte[]> classFiles(InternalKieModule module) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
            }
        }
        return classes;
    }

    /** Puts the guarded classes where the container will load them from, in place of the checked ones. */
    private static void guard(InternalKieModule module, Map<String, byte[]> classes) {
        MemoryFileSystem files = ((MemoryKieModule) ((CanonicalKieModule) module).getInternalKieModule()).getMemoryFileSystem();
        classes.forEach((name, bytes) -> files.write(PortablePath.of(name + ".class"), PolicyGuards.guard(bytes)));
    }

    private static void throwIfAny(List<CompileProblem> problems) throws PackException {
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
    }

    private static List<CompileProblem> problems(KieBuilder builder, Message.Level level, Map<String, DrlFile> byResource, List<DrlFile> files) {
        List<CompileProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(level)) {
            if (isEcho(message) || isGeneratedSource(message)) {
                continue;
            }
            DrlFile file = byResource.get(message.getPath());
            if (file == null && message.getPath() != null) {
                file = byResource.get(RESOURCES + message.getPath());
            }
            if (file == null) {
                // An error in the Java generated from the pack's code: its line and column are the generated file's, not the DRL's.
                problems.add(new CompileProblem(files.size() == 1 ? files.get(0).path() : "(generated code)", 0, 0,
                        "the Java generated from the pack's code does not compile: " + oneLine(message.getText())));
                continue;
            }
            problems.add(message.getLine() > 0
                    ? new CompileProblem(file.path(), message.getLine(), Math.max(message.getColumn(), 0), oneLine(message.getText()))
                    : ErrorPlace.locate(file, oneLine(message.getText())));
        }
        problems.sort(BY_PLACE);
        return problems;
    }

    /**
     * When the Java generated from a pack does not compile, Drools reports the whole generated source besides the
     * error itself: thousands of characters that name no line of the DRL.
     */
    private static boolean isGeneratedSource(Message message) {
        return message.getText().startsWith("Java source of ") && message.getText().contains(" in error:");
    }

    /** Drools adds this after any parse error; it says nothing the real error does not. */
    private static boolean isEcho(Message message) {
        return "Parser returned a null Package".equals(message.getText());
    }

    /** The parser adds lines that point at the expression ("[Near : ...]", a caret); the place is known already. */
    private static String oneLine(String message) {
        return message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("^") && !l.startsWith("[Near") && !l.startsWith("[Line:"))
                .collect(Collectors.joining(" "));
    }
}
