package org.assay.tester;

import org.assay.assess.Assessor;
import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tests and properties of a pack with two ratings: a test names the ratings it expects, a property the rating it is about. */
class RatingPropertiesTest {
    private static final PackTester TESTER = new PackTester(new Assessor(TestPacks.evaluator()), 1_000);

    @Test
    void theTwoRatingPackPassesItsTestsAndProperties() throws Exception {
        PackReport report = TESTER.test(TestPacks.load("two-ratings"), TestPacks.DIR.resolve("two-ratings"));

        assertTrue(report.passed(), () -> report.tests() + " " + report.properties());
        assertEquals(4, report.properties().size());
    }

    @Test
    void aTestExpectingAnotherLevelOfOneRatingFailsNamingThatRating(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("two-ratings"), tmp);
        TestPacks.edit(dir.resolve("tests/baseline.json"), "\"safety\": \"WATCH\"", "\"safety\": \"SAFE\"");

        PackReport report = TESTER.test(TestPacks.load(dir), dir);

        PackReport.TestCase failed = report.tests().stream().filter(t -> t.status().equals("FAIL")).findFirst().orElseThrow();
        assertEquals(List.of("rating safety: expected SAFE, got WATCH"), failed.differences());
    }

    @Test
    void anUnaffectedPropertyFindsTheLeverThatMovesItsRating(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("two-ratings"), tmp);
        // A rule that lets the levee decide access: exactly what the property is there to catch.
        TestPacks.edit(dir.resolve("rules.drl"), "  Bridge(ratingTonnes == null)\n", "  Bridge(ratingTonnes == null) or Levee(breached == true)\n");
        Pack pack = TestPacks.load(dir);

        PropertyResult result = TESTER.properties(pack, dir, List.of()).stream()
                .filter(r -> r.name().equals("the-levee-never-moves-access")).findFirst().orElseThrow();

        assertFalse(result.passed(), result.detail());
        assertTrue(result.detail().contains("Levee.river.breached to true turns the access rating from "), result.detail());
    }

    @Test
    void aPropertyAboutARatingThePackDoesNotHaveIsInvalid(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("two-ratings"), tmp);
        TestPacks.edit(dir.resolve("tests/properties.yaml"), "    rating: access\n    levers", "    rating: acess\n    levers");

        PropertyResult result = TESTER.properties(TestPacks.load(dir), dir, List.of()).stream()
                .filter(r -> r.name().equals("the-levee-never-moves-access")).findFirst().orElseThrow();

        assertFalse(result.passed());
        assertTrue(result.detail().contains("no rating \"acess\""), result.detail());
    }
}
