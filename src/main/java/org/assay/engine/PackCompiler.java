package org.assay.engine;

import org.drools.drl.parser.BaseKnowledgeBuilderResultImpl;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Compiles a pack's DRL files into one rule base, or reports every error with file, line and column. */
final class PackCompiler {

    record Compiled(KieBase kieBase, List<CompileProblem> warnings) {
    }

    private PackCompiler() {
    }

    static Compiled compile(List<Path> drlFiles) throws PackException {
        // The engine's own class loader, so DRL can import the outcome classes under Quarkus too.
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(PackCompiler.class.getClassLoader()));
        // One batch, so a rule file may use types declared in a file that sorts after it.
        var batch = builder.batch();
        for (Path file : drlFiles) {
            // Added as a file resource so that messages carry the real path, not "file0.drl".
            batch.add(ResourceFactory.newFileResource(file.toFile()), ResourceType.DRL);
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
        problems.sort(Comparator.comparing(CompileProblem::file).thenComparingInt(CompileProblem::line).thenComparingInt(CompileProblem::column));
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
        return new CompileProblem(file, line, column, result.getMessage().strip());
    }

    static String fileOf(Resource resource) {
        if (resource == null) {
            return "(unknown file)";
        }
        return resource.getSourcePath() != null ? resource.getSourcePath() : resource.toString();
    }
}
