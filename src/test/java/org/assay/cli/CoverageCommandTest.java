package org.assay.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageCommandTest {
    private static final String TINY = "src/test/resources/packs/tiny";

    @Test
    void namesTheRulesNoTestFires() {
        CliRun run = CliRun.of("coverage", TINY);

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("""
                coverage: 7 of 8 rules fired (87.5%); 1 of 1 measures recommended are checked by a test
                  never fired: "An unknown rating is a data gap" (rules.drl)
                """), run.out());
    }

    @Test
    void failsUnderTheShareAskedFor() {
        CliRun run = CliRun.of("coverage", TINY, "--fail-under", "100");

        assertEquals(1, run.exit());
        assertTrue(run.out().endsWith("rule coverage 87.5% is under 100.0%\n"), run.out());
    }
}
