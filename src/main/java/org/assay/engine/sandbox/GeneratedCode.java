package org.assay.engine.sandbox;

import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.DrlFile;
import org.assay.engine.loading.DrlText;
import org.assay.engine.loading.PackCompiler;

import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytecode check's refusals into places in the DRL an author can go to. The executable
 * model names its classes by hash, so the way back is read off the generated structure: each rule's
 * method names the rule and refers to the lambda classes holding its constraints and consequence;
 * functions keep their names, declared types theirs. Within the rule, function or type, the refused
 * name is looked for in the code (comments and strings left out); failing that the place is where
 * the rule, function or type starts.
 */
public final class GeneratedCode {
    private static final String ADVICE = "; policy code may use the pack's declared types, Finding, Recommendation and Verdict with"
            + " insert/insertLogical, String, boxed numbers, Math, and read-only java.util collections and streams over them"
            + " (see docs/sandbox.md)";
    private static final Pattern CALL = Pattern.compile("([A-Za-z_$][\\w$]*)(?:\\(\\))?$");

    /** A stretch of a DRL file: a rule, a function or a declared type. */
    private record Place(DrlFile file, int start, int end, int line) {
    }

    private final Map<String, Place> rules = new HashMap<>();
    private final Map<String, Place> functions = new HashMap<>();
    private final Map<String, Place> types = new HashMap<>();
    /** Generated class (or class.method of a lambda) to the rule it was written for. */
    private final Map<String, String> ruleOf = new HashMap<>();
    private final List<DrlFile> files;

    private GeneratedCode(List<DrlFile> files) {
        this.files = files;
    }

    public static List<CompileProblem> refusals(Map<String, byte[]> classes, List<DrlFile> files) {
        GeneratedCode code = new GeneratedCode(files);
        code.read();
        List<BytecodeCheck.Refusal> refused = BytecodeCheck.check(classes, code.functions.keySet());
        if (refused.isEmpty()) {
            return List.of();
        }
        classes.forEach((name, bytes) -> {
            if (BytecodeCheck.isStructure(name)) {
                code.mapRules(bytes);
            }
        });
        Set<CompileProblem> problems = new LinkedHashSet<>();
        for (BytecodeCheck.Refusal refusal : refused) {
            problems.add(code.locate(refusal));
        }
        List<CompileProblem> sorted = new ArrayList<>(problems);
        sorted.sort(PackCompiler.BY_PLACE);
        return sorted;
    }

    private void read() {
        for (DrlFile file : files) {
            PackageDescr parsed = DrlFormCheck.parse(file);
            if (parsed == null) {
                continue;
            }
            for (RuleDescr rule : parsed.getRules()) {
                rules.put(rule.getName(), place(file, rule));
            }
            for (FunctionDescr function : parsed.getFunctions()) {
                functions.put(function.getName(), place(file, function));
            }
            for (AbstractClassTypeDeclarationDescr type : parsed.getClassAndEnumDeclarationDescrs()) {
                types.put(type.getTypeName(), place(file, type));
            }
        }
    }

    private static Place place(DrlFile file, BaseDescr descr) {
        int start = Math.max(descr.getStartCharacter(), 0);
        int end = descr.getEndCharacter() >= start ? Math.min(descr.getEndCharacter() + 1, file.text().length()) : file.text().length();
        return new Place(file, start, end, Math.max(descr.getLine(), 1));
    }

    /** Reads a rule method: the rule's name is the string given to D.rule, the classes it refers to are its lambdas. */
    private void mapRules(byte[] bytes) {
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            private String className;

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                className = name;
            }

            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                List<String> referred = new ArrayList<>();
                return new MethodVisitor(Opcodes.ASM9) {
                    private String lastString;
                    private String rule;

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof String s) {
                            lastString = s;
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                        if ((name.equals("rule") || name.equals("query")) && owner.endsWith("/D") && rule == null) {
                            rule = lastString;
                        }
                        referred.add(owner);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                        referred.add(owner);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        referred.add(type);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle target) {
                                referred.add(target.getOwner() + "." + target.getName());
                                referred.add(target.getOwner());
                            }
                        }
                    }

                    @Override
                    public void visitEnd() {
                        if (rule != null) {
                            referred.forEach(r -> ruleOf.putIfAbsent(r, rule));
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
    }

    private CompileProblem locate(BytecodeCheck.Refusal refusal) {
        String message = "refused: '" + refusal.used() + "' " + refusal.why() + ADVICE;
        String token = token(refusal.used());
        Optional<Place> place = placeOf(refusal);
        if (place.isPresent()) {
            Place where = place.get();
            String code = DrlText.codeOnly(where.file().text());
            int at = find(code, where, token);
            return at < 0 ? new CompileProblem(where.file().path(), where.line(), 1, message)
                    : new CompileProblem(where.file().path(), DrlText.line(code, at), DrlText.column(code, at), message);
        }
        // A lambda the rule methods do not name (a dynamic salience, say): the first place in any file that uses the name.
        for (DrlFile file : files) {
            String code = DrlText.codeOnly(file.text());
            int at = find(code, new Place(file, 0, code.length(), 1), token);
            if (at >= 0) {
                return new CompileProblem(file.path(), DrlText.line(code, at), DrlText.column(code, at), message);
            }
        }
        return new CompileProblem(files.isEmpty() ? "(unknown file)" : files.get(0).path(), 0, 0, message);
    }

    private Optional<Place> placeOf(BytecodeCheck.Refusal refusal) {
        String simpleName = refusal.className().substring(refusal.className().lastIndexOf('/') + 1);
        // A class inside another (an anonymous class) belongs where its outer class does.
        String outer = refusal.className().contains("$") ? refusal.className().substring(0, refusal.className().indexOf('$')) : refusal.className();
        String rule = ruleOf.getOrDefault(refusal.className() + "." + refusal.method(), ruleOf.get(outer));
        if (rule != null && rules.containsKey(rule)) {
            return Optional.of(rules.get(rule));
        }
        if (functions.containsKey(refusal.method())) {
            return Optional.of(functions.get(refusal.method()));
        }
        return Optional.ofNullable(types.get(simpleName));
    }

    /** The word to look for in the DRL: a method or field name, or the keyword of a form. */
    private static String token(String used) {
        return switch (used) {
            case "loop" -> "(for|while|do)";
            case "new array", "class" -> "new";
            default -> {
                if (used.endsWith(".<init>()")) {
                    String type = used.substring(0, used.length() - ".<init>()".length());
                    yield Pattern.quote(type.substring(type.lastIndexOf('.') + 1));
                }
                Matcher m = CALL.matcher(used);
                yield Pattern.quote(m.find() ? m.group(1) : used);
            }
        };
    }

    private static int find(String code, Place where, String token) {
        Matcher m = Pattern.compile("\\b" + token + "\\b").matcher(code);
        m.region(where.start(), Math.min(where.end(), code.length()));
        return m.find() ? m.start() : -1;
    }
}
