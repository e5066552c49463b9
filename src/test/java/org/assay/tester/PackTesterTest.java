package org.assay.tester;

import org.assay.assess.Assessor;
import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole report on a pack: tests, properties and coverage, against the tiny fixture and broken copies of it. */
class PackTesterTest {
    private static final PackTester TESTER = new PackTester(new Assessor(TestPacks.evaluator()), 1_000);

    @Test
    void coverageNamesTheRuleNoTestFires() throws Exception {
        PackReport report = TESTER.test(TestPacks.load("tiny"), TestPacks.DIR.resolve("tiny"));

        assertTrue(report.passed());
        assertEquals(8, report.coverage().rules());
        assertEquals(87.5, report.coverage().percent());
        assertEquals(List.of(new Coverage.Rule("An unknown rating is a data gap", "rules.drl")), report.coverage().neverFired());
        assertEquals(List.of("STRENGTHEN"), report.coverage().measuresRecommended());
        assertEquals(List.of(), report.coverage().measuresUnchecked());
    }

    @Test
    void aFailedTestCarriesWhatItExpectedAndWhatThePackConcluded(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("tiny"), tmp);
        TestPacks.edit(dir.resolve("tests/strong-bridges-ready.json"), "\"READY\"", "\"BLOCKED\"");

        PackReport report = TESTER.test(TestPacks.load(dir), dir);

        PackReport.TestCase failed = report.tests().stream().filter(t -> t.status().equals("FAIL")).findFirst().orElseThrow();
        assertFalse(report.passed());
        assertEquals("strong-bridges-ready", failed.test());
        assertEquals(List.of("verdict: expected BLOCKED, got READY"), failed.differences());
        assertEquals("BLOCKED", failed.expected().verdict());
        assertEquals("READY", failed.actual().verdict());
    }

    @Test
    void aPropertiesFileThatDoesNotReadFailsAsAPropertyOfItsOwn(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("tiny"), tmp);
        Files.writeString(dir.resolve("tests/properties.yaml"), "properties:\n  - name: x\n    kind: monotonic\n");
        Pack pack = TestPacks.load(dir);

        List<PropertyResult> results = TESTER.properties(pack, dir, List.of());

        assertEquals(1, results.size());
        assertEquals("properties.yaml", results.get(0).name());
        assertTrue(results.get(0).detail().startsWith(dir.resolve("tests/properties.yaml") + ":3:"), results.get(0).detail());
        assertTrue(results.get(0).detail().contains("monotonic"), results.get(0).detail());
    }
}
