package org.assay.tester;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.assay.assess.Assessor;
import org.assay.assess.Recording;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.Pack;
import org.assay.facts.InvalidFactsException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Shows what a rule change does before it ships: every test and named scenario of either version is
 * assessed with both, and each outcome that differs is listed. Where both versions have a test of the
 * same name, the new one's is used; each version resolves a scenario or a test's changes against its own baseline.
 */
public final class VersionComparison {
    static final String TEST = "test";
    static final String SCENARIO = "scenario";

    private final Assessor assessor;

    public VersionComparison(Assessor assessor) {
        this.assessor = assessor;
    }

    public Comparison compare(Pack before, Path beforeDir, Pack after, Path afterDir) throws IOException {
        Map<String, PackTest> tests = new TreeMap<>();
        TestFiles.tests(beforeDir).tests().forEach(test -> tests.put(test.name(), test));
        TestFiles.tests(afterDir).tests().forEach(test -> tests.put(test.name(), test));
        TreeSet<String> scenarios = new TreeSet<>(before.scenarios().keySet());
        scenarios.addAll(after.scenarios().keySet());
        List<CaseChange> changes = new ArrayList<>();
        for (PackTest test : tests.values()) {
            add(changes, CaseChange.between(TEST, test.name(), test(before, test), test(after, test)));
        }
        for (String scenario : scenarios) {
            add(changes, CaseChange.between(SCENARIO, scenario, scenario(before, scenario), scenario(after, scenario)));
        }
        return new Comparison(after.id(), before.version(), after.version(), tests.size() + scenarios.size(), changes);
    }

    private static void add(List<CaseChange> changes, CaseChange change) {
        if (change != null) {
            changes.add(change);
        }
    }

    private CaseChange.Side test(Pack pack, PackTest test) {
        PackTestResult result = new PackTestRunner(assessor).run(pack, test);
        if (result.actual() == null) {
            return new CaseChange.Side(null, null, String.join("; ", result.differences()), null);
        }
        return new CaseChange.Side(result.actual().verdict(), result.passed() ? "PASS" : "FAIL", null, result.actual());
    }

    private CaseChange.Side scenario(Pack pack, String scenario) {
        if (!pack.scenarios().containsKey(scenario)) {
            return new CaseChange.Side(null, null, "no such scenario in this version", null);
        }
        try {
            PackTest.Outcome outcome = PackTest.Outcome.of(assessor.assess(pack,
                    Requests.facts(pack, JsonNodeFactory.instance.objectNode().put(SCENARIO, scenario)), Recording.INTERNAL, 0));
            return new CaseChange.Side(outcome.verdict(), null, null, outcome);
        } catch (InvalidFactsException e) {
            return new CaseChange.Side(null, null, String.join("; ", e.violations().stream()
                    .map(v -> "invalid facts at " + v.path() + ": " + v.message()).toList()), null);
        } catch (EvaluationException e) {
            return new CaseChange.Side(null, null, "evaluation failed (" + e.code() + "): " + e.getMessage(), null);
        }
    }
}
