package org.assay.cli;

import org.assay.engine.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCommandTest {

    @Test
    void bihNatoPassesEveryTestAndPropertyAndFiresEveryRule() {
        CliRun run = CliRun.of("test", "rules/bih-nato");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertFalse(run.out().contains("FAIL"), run.out());
        assertTrue(run.out().contains("coverage: 118 of 118 rules fired (100%)"), run.out());
        assertTrue(run.out().contains("PASS the-rs-veto-always-blocks (never)"), run.out());
    }

    @Test
    void aFailingTestPrintsTheDifferenceAndExitsOne(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("tiny"), tmp);
        TestPacks.edit(dir.resolve("tests/strong-bridges-ready.json"), "\"READY\"", "\"BLOCKED\"");
        Path xml = tmp.resolve("junit.xml");

        CliRun run = CliRun.of("test", dir.toString(), "--junit-xml", xml.toString());

        assertEquals(1, run.exit());
        assertTrue(run.out().contains("""
                FAIL strong-bridges-ready
                  - verdict: expected BLOCKED, got READY
                  expected: verdict BLOCKED; findings []; measures []
                  absent:   verdict (any); findings []; measures [STRENGTHEN]
                  actual:   verdict READY; findings []; measures []
                """), run.out());
        assertTrue(run.out().contains("FAIL: 2 of 3 tests and 5 of 5 properties passed"), run.out());
        String junit = Files.readString(xml);
        assertTrue(junit.contains("<testsuite name=\"tiny\" tests=\"8\" failures=\"1\""), junit);
        assertTrue(junit.contains("<testcase classname=\"tiny.tests\" name=\"strong-bridges-ready\"><failure message=\"verdict: expected BLOCKED, got READY\">"), junit);
    }

    @Test
    void aBrokenPropertyPrintsItsCounterexampleAndExitsOne(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("tiny"), tmp);
        Files.writeString(dir.resolve("tests/properties.yaml"), """
                properties:
                  - name: never-ready
                    kind: never
                    verdicts: [READY]
                """);

        CliRun run = CliRun.of("test", dir.toString());

        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAIL never-ready (never): found verdict READY\n"
                + "  counterexample from baseline with Bridge.south.ratingTonnes=40: verdict READY"), run.out());
    }
}
