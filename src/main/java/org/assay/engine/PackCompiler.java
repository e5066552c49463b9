package org.assay.engine;

import org.drools.drl.parser.BaseKnowledgeBuilderResultImpl;
import org.drools.io.ByteArrayResource;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles a pack's DRL files into one rule base, or reports every error with file, line and column. */
final class PackCompiler {

    record Compiled(KieBase kieBase, List<CompileProblem> warnings) {
    }

    // The engine's own class loader, so DRL can import the outcome classes under Quarkus too; cached, see ClassFileCache.
    private static final ClassLoader CLASSES = new ClassFileCache(PackCompiler.class.getClassLoader());

    static final Comparator<CompileProblem> BY_PLACE = Comparator.comparing(CompileProblem::file)
            .thenComparingInt(CompileProblem::line).thenComparingInt(CompileProblem::column);

    private PackCompiler() {
    }

    static Compiled compile(List<DrlFile> drlFiles) throws PackException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(CLASSES));
        // One batch, so a rule file may use types declared in a file that sorts after it.
        var batch = builder.batch();
        for (DrlFile file : drlFiles) {
            // The text the safety check read, not the file again; named, so that messages carry the real path, not "file0.drl".
            Resource resource = new ByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
            resource.setSourcePath(file.path());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        List<CompileProblem> errors = problems(builder, ResultSeverity.ERROR);
        if (!errors.isEmpty()) {
            throw new PackException(errors);
        }
        return new Compiled(builder.newKieBase(), problems(builder, ResultSeverity.WARNING));
    }

    private static List<CompileProblem> problems(KnowledgeBuilder builder, ResultSeverity severity) {
        List<CompileProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(severity)) {
            if (isEcho(result)) {
                continue;
            }
            problems.add(locate(result));
        }
        problems.sort(BY_PLACE);
        return problems;
    }

    /** Drools adds this after any parse error; it says nothing the real error does not. */
    private static boolean isEcho(KnowledgeBuilderResult result) {
        return "Parser returned a null Package".equals(result.getMessage());
    }

    private static CompileProblem locate(KnowledgeBuilderResult result) {
        String file = fileOf(result.getResource());
        int line = 0;
        int column = 0;
        if (result instanceof BaseKnowledgeBuilderResultImpl located) {
            var message = located.asMessage(0);
            line = Math.max(message.getLine(), 0);
            column = Math.max(message.getColumn(), 0);
        } else if (result.getLines() != null && result.getLines().length > 0) {
            line = Math.max(result.getLines()[0], 0);
        }
        return new CompileProblem(file, line, column, oneLine(result.getMessage()));
    }

    /** MVEL adds lines that point at the expression ("[Near : ...]", a caret, "[Line: 1, Column: 4]"); the place is known already. */
    private static String oneLine(String message) {
        return message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("^") && !l.startsWith("[Near") && !l.startsWith("[Line:"))
                .collect(Collectors.joining(" "));
    }

    static String fileOf(Resource resource) {
        if (resource == null) {
            return "(unknown file)";
        }
        return resource.getSourcePath() != null ? resource.getSourcePath() : resource.toString();
    }
}
