package org.assay.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Usage: a missing or unknown command is exit 2 with a clear message; help lists the commands. */
class AssayCommandTest {

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exit());
        for (String command : new String[] {"validate", "test", "assess", "explain", "coverage", "compare"}) {
            assertTrue(run.out().contains("  " + command + " "), run.out());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate", "rules/bih-nato");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unmatched arguments from index 0: 'frobnicate', 'rules/bih-nato'"), run.err());
    }

    @Test
    void optionsWithoutACommandAreAUsageError() {
        CliRun run = CliRun.of("--verbose");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown option: '--verbose'"), run.err());
    }

    @Test
    void aCommandWithoutItsArgumentsIsAUsageError() {
        CliRun run = CliRun.of("assess", "rules/bih-nato");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Missing required parameter: 'FACTS_JSON'"), run.err());
        assertTrue(run.err().contains("Usage: assay assess"), run.err());
    }
}
