package org.assay.tester;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.engine.Assessment;
import org.assay.engine.EvaluationException;
import org.assay.engine.Evaluator;
import org.assay.engine.Pack;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;
import org.assay.facts.InvalidFactsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a pack's {@code tests/*.json} and runs each against the compiled pack. */
public final class PackTestRunner {
    static final String TESTS_DIR = "tests";

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Evaluator evaluator;

    public PackTestRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The tests in a pack folder, by file name; a file that does not parse fails as a test of its own. */
    public List<PackTestResult> run(Pack pack, Path packDir) throws IOException {
        List<PackTestResult> results = new ArrayList<>();
        for (Path file : testFiles(packDir)) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            PackTest test;
            try {
                ObjectNode node = (ObjectNode) json.readTree(file.toFile());
                node.put("name", name);
                test = json.treeToValue(node, PackTest.class);
            } catch (IOException | ClassCastException e) {
                results.add(new PackTestResult(pack.id(), name, null, List.of("cannot read " + file + ": " + e.getMessage())));
                continue;
            }
            results.add(run(pack, test));
        }
        return results;
    }

    public PackTestResult run(Pack pack, PackTest test) {
        List<String> differences = new ArrayList<>();
        try {
            Assessment assessment = evaluator.evaluate(pack, facts(pack, test), 0);
            compare(test, assessment, differences);
        } catch (InvalidFactsException e) {
            e.violations().forEach(v -> differences.add("invalid facts at " + v.path() + ": " + v.message()));
        } catch (EvaluationException e) {
            differences.add("evaluation failed (" + e.code() + "): " + e.getMessage() + " " + e.rules());
        }
        return new PackTestResult(pack.id(), test.name(), test.note(), differences);
    }

    private static FactSet facts(Pack pack, PackTest test) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (test.facts() != null) {
            request.set("facts", test.facts());
        } else {
            request.put("baseline", true);
        }
        if (test.changes() != null) {
            request.set("changes", test.changes());
        }
        return FactRequest.resolve(request, pack.baseline(), pack.schema());
    }

    private static void compare(PackTest test, Assessment assessment, List<String> differences) {
        Set<String> findings = assessment.findings().stream().map(Assessment.AssessedFinding::id).collect(Collectors.toSet());
        Set<String> measures = assessment.recommendations().stream().map(Assessment.AssessedRecommendation::measure).collect(Collectors.toSet());
        PackTest.Outcome expect = test.expect();
        if (expect != null) {
            if (expect.verdict() != null && !expect.verdict().equals(assessment.verdict().name())) {
                differences.add("verdict: expected " + expect.verdict() + ", got " + assessment.verdict());
            }
            expect.findings().stream().filter(f -> !findings.contains(f))
                    .forEach(f -> differences.add("finding " + f + ": expected, but not raised (raised: " + sorted(findings) + ")"));
            expect.measures().stream().filter(m -> !measures.contains(m))
                    .forEach(m -> differences.add("measure " + m + ": expected, but not recommended (recommended: " + sorted(measures) + ")"));
        }
        PackTest.Outcome absent = test.absent();
        if (absent != null) {
            if (absent.verdict() != null && absent.verdict().equals(assessment.verdict().name())) {
                differences.add("verdict: must not be " + absent.verdict() + ", but is");
            }
            absent.findings().stream().filter(findings::contains)
                    .forEach(f -> differences.add("finding " + f + ": must be absent, but was raised by \"" + raisedBy(assessment, f) + "\""));
            absent.measures().stream().filter(measures::contains)
                    .forEach(m -> differences.add("measure " + m + ": must be absent, but was recommended"));
        }
    }

    private static String raisedBy(Assessment assessment, String findingId) {
        return assessment.findings().stream().filter(f -> f.id().equals(findingId)).map(Assessment.AssessedFinding::rule).findFirst().orElse("?");
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<Path> testFiles(Path packDir) throws IOException {
        Path dir = packDir.resolve(TESTS_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}
