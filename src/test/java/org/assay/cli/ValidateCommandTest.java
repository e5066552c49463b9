package org.assay.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @Test
    void aGoodPackIsValid() {
        CliRun run = CliRun.of("validate", "rules/bih-nato");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)bih-nato [0-9a-f]{12}: valid; 118 rules, .* 7 scenarios, \\d+ tests, \\d+ properties\\R"), run.out());
    }

    @Test
    void aCompileErrorIsPrintedAsFileLineColumnAndExitsOne() {
        CliRun run = CliRun.of("validate", "src/test/resources/packs/broken-syntax");

        assertEquals(1, run.exit());
        assertTrue(run.err().matches("(?s).*broken-syntax/rules\\.drl:6:\\d+ .*mismatched input.*"), run.err());
    }

    @Test
    void aFolderWithoutAPackIsAUsageError() {
        CliRun run = CliRun.of("validate", "src/test");

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("src/test is not a pack folder (a folder with a pack.yaml)"), run.err());
    }
}
