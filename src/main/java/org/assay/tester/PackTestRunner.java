package org.assay.tester;

import org.assay.assess.Assessor;
import org.assay.assess.Recording;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.Pack;
import org.assay.facts.InvalidFactsException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs a pack's scenario tests against the compiled pack, as internal assessments. */
public final class PackTestRunner {
    private final Assessor assessor;

    public PackTestRunner(Assessor assessor) {
        this.assessor = assessor;
    }

    /** The tests in a pack folder, by file name; a file that does not parse fails as a test of its own. */
    public List<PackTestResult> run(Pack pack, Path packDir) throws IOException {
        return run(pack, TestFiles.tests(packDir));
    }

    public List<PackTestResult> run(Pack pack, TestFiles.Tests tests) {
        List<PackTestResult> results = new ArrayList<>();
        tests.tests().forEach(test -> results.add(run(pack, test)));
        tests.unreadable().forEach(u -> results.add(new PackTestResult(pack.id(), u.name(), null, List.of(u.problem()), null, Set.of())));
        results.sort(Comparator.comparing(PackTestResult::test));
        return results;
    }

    public PackTestResult run(Pack pack, PackTest test) {
        List<String> differences = new ArrayList<>();
        PackTest.Outcome actual = null;
        Set<String> fired = new LinkedHashSet<>();
        try {
            Assessment assessment = assessor.assess(pack, Requests.facts(pack, test.request()), Recording.INTERNAL, 0);
            actual = PackTest.Outcome.of(assessment);
            assessment.trace().forEach(firing -> fired.add(firing.rule()));
            compare(test, assessment, differences);
        } catch (InvalidFactsException e) {
            e.violations().forEach(v -> differences.add("invalid facts at " + v.path() + ": " + v.message()));
        } catch (EvaluationException e) {
            differences.add("evaluation failed (" + e.code() + "): " + e.getMessage() + " " + e.rules());
        }
        return new PackTestResult(pack.id(), test.name(), test.note(), differences, actual, fired);
    }

    private static void compare(PackTest test, Assessment assessment, List<String> differences) {
        PackTest.Outcome actual = PackTest.Outcome.of(assessment);
        PackTest.Outcome expect = test.expect();
        if (expect != null) {
            if (expect.verdict() != null && !expect.verdict().equals(actual.verdict())) {
                differences.add("verdict: expected " + expect.verdict() + ", got " + actual.verdict());
            }
            expect.ratings().forEach((rating, level) -> {
                String got = actual.ratings().get(rating);
                if (got == null) {
                    differences.add("rating " + rating + ": expected " + level + ", but the pack has no such rating (it rates "
                            + actual.ratings().keySet() + ")");
                } else if (!got.equals(level)) {
                    differences.add("rating " + rating + ": expected " + level + ", got " + got);
                }
            });
            expect.findings().stream().filter(f -> !actual.findings().contains(f))
                    .forEach(f -> differences.add("finding " + f + ": expected, but not raised (raised: " + sorted(actual.findings()) + ")"));
            expect.measures().stream().filter(m -> !actual.measures().contains(m))
                    .forEach(m -> differences.add("measure " + m + ": expected, but not recommended (recommended: "
                            + sorted(actual.measures()) + ")"));
        }
        PackTest.Outcome absent = test.absent();
        if (absent != null) {
            if (absent.verdict() != null && absent.verdict().equals(actual.verdict())) {
                differences.add("verdict: must not be " + absent.verdict() + ", but is");
            }
            absent.ratings().forEach((rating, level) -> {
                if (level.equals(actual.ratings().get(rating))) {
                    differences.add("rating " + rating + ": must not be " + level + ", but is");
                }
            });
            absent.findings().stream().filter(actual.findings()::contains)
                    .forEach(f -> differences.add("finding " + f + ": must be absent, but was raised by \"" + raisedBy(assessment, f) + "\""));
            absent.measures().stream().filter(actual.measures()::contains)
                    .forEach(m -> differences.add("measure " + m + ": must be absent, but was recommended"));
        }
    }

    private static String raisedBy(Assessment assessment, String findingId) {
        return assessment.findings().stream().filter(f -> f.id().equals(findingId)).map(Assessment.AssessedFinding::rule).findFirst().orElse("?");
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
