package org.assay.cli;

import org.assay.engine.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareCommandTest {

    @Test
    void listsEachOutcomeTheNewVersionChanges(@TempDir Path tmp) throws Exception {
        Path stricter = TestPacks.copy(TestPacks.DIR.resolve("tiny"), tmp);
        TestPacks.edit(stricter.resolve("rules.drl"), "ratingTonnes < 40", "ratingTonnes < 50");

        CliRun run = CliRun.of("compare", "src/test/resources/packs/tiny", stricter.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)tiny [0-9a-f]{12} -> [0-9a-f]{12}: 3 tests and scenarios assessed with both versions\n"
                + "test strong-bridges-ready: READY PASS -> NOT_READY FAIL\n"
                + "  findings added: LOW_RATING:south\n"
                + "  measures added: STRENGTHEN\n"
                + "1 of 3 outcomes change\n"), run.out());
    }

    @Test
    void aCandidateThatDoesNotCompileSaysWhereAndExitsOne(@TempDir Path tmp) throws Exception {
        Path broken = TestPacks.copy(TestPacks.DIR.resolve("tiny"), tmp);
        TestPacks.edit(broken.resolve("rules.drl"), "ratingTonnes < 40)", "ratingTonnes < 40");

        CliRun run = CliRun.of("compare", "src/test/resources/packs/tiny", broken.toString());

        assertEquals(1, run.exit());
        // Named as in its rules folder, as every message names a pack's files.
        assertTrue(run.err().contains("tiny/rules.drl:21:"), run.err());
    }
}
