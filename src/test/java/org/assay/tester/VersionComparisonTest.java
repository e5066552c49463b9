package org.assay.tester;

import org.assay.assess.Assessor;
import org.assay.engine.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Two versions of the tiny pack: what changes when the rating a bridge needs goes from 40 t to 50 t. */
class VersionComparisonTest {
    private static final Path TINY = TestPacks.DIR.resolve("tiny");

    @Test
    void listsEveryOutcomeThatAChangedRuleChanges(@TempDir Path tmp) throws Exception {
        Path stricter = TestPacks.copy(TINY, tmp);
        TestPacks.edit(stricter.resolve("rules.drl"), "ratingTonnes < 40", "ratingTonnes < 50");

        Comparison comparison = new VersionComparison(new Assessor(TestPacks.evaluator())).compare(TestPacks.load("tiny"), TINY, TestPacks.load(stricter), stricter);

        assertNotEquals(comparison.before(), comparison.after());
        assertEquals(3, comparison.cases());
        assertEquals(1, comparison.changes().size());
        CaseChange change = comparison.changes().get(0);
        assertEquals("strong-bridges-ready", change.name());
        assertEquals("READY", change.before().verdict());
        assertEquals("PASS", change.before().test());
        assertEquals("NOT_READY", change.after().verdict());
        assertEquals("FAIL", change.after().test());
        assertEquals(List.of("LOW_RATING:south"), change.findingsAdded());
        assertEquals(List.of("STRENGTHEN"), change.measuresAdded());
        assertEquals(List.of(), change.findingsRemoved());
    }

    @Test
    void theSameRulesChangeNothing(@TempDir Path tmp) throws Exception {
        Path same = TestPacks.copy(TINY, tmp);

        Comparison comparison = new VersionComparison(new Assessor(TestPacks.evaluator())).compare(TestPacks.load("tiny"), TINY, TestPacks.load(same), same);

        assertEquals(List.of(), comparison.changes());
    }
}
