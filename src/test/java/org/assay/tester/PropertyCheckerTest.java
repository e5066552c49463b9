package org.assay.tester;

import org.assay.engine.Pack;
import org.assay.engine.loading.PackException;
import org.assay.engine.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties over the tiny pack's two levers: the south bridge's rating (0-60 t; under 40 t is a gap)
 * and the north bridge's condition (FAILED blocks). The baseline rates the south bridge 30 t.
 */
class PropertyCheckerTest {
    private static Pack tiny;

    @BeforeAll
    static void load() throws PackException {
        tiny = TestPacks.load("tiny");
    }

    private static PropertyResult check(Property property) {
        return new PropertyChecker(tiny, List.of(), 1_000).check(List.of(property)).get(0);
    }

    @Test
    void theFixturesOwnPropertiesHold() {
        TestFiles.Properties read = TestFiles.properties(TestPacks.DIR.resolve("tiny"));
        assertNull(read.problem());
        new PropertyChecker(tiny, List.of(), 1_000).check(read.properties())
                .forEach(result -> assertTrue(result.passed(), result.report()));
    }

    @Test
    void aMonotoneLeverWalkedTheWrongWayGivesTheStepThatWorsens() {
        PropertyResult result = check(new MonotoneProperty("worse-is-better", null, null, null, "Bridge.north.condition",
                List.of("GOOD", "WORN", "FAILED"), null));

        assertFalse(result.passed());
        assertEquals("baseline", result.counterexample().base());
        assertEquals(Map.of(), result.counterexample().values());
        assertEquals("raising Bridge.north.condition from WORN to FAILED turns the verdict from NOT_READY to BLOCKED",
                result.counterexample().seen());
    }

    @Test
    void aMeasureThatAppearsWithoutItsFindingIsACounterexample() {
        PropertyResult result = check(new RequiresProperty("only-for-low-ratings", null, null, "STRENGTHEN", List.of("LOW_RATING:*")));

        assertFalse(result.passed());
        assertEquals(Map.of("Bridge.south.ratingTonnes", 40, "Bridge.north.condition", "FAILED"), result.counterexample().values());
        assertTrue(result.counterexample().seen().startsWith("STRENGTHEN is recommended but none of [LOW_RATING:*] stands"),
                result.counterexample().seen());
    }

    @Test
    void aForbiddenCombinationIsFoundWithTheLeverValuesThatMakeIt() {
        PropertyResult result = check(new NeverProperty("never-ready", null, null, null, null, null, List.of("READY")));

        assertFalse(result.passed());
        assertEquals("from baseline with Bridge.south.ratingTonnes=40: verdict READY", result.counterexample().describe());
    }

    @Test
    void anUnreachedVerdictIsNamed() {
        PropertyResult result = check(new ReachableProperty("all-four", null, null, null, null));

        assertFalse(result.passed());
        assertTrue(result.detail().startsWith("[CONDITIONAL] never reached in "), result.detail());
    }

    @Test
    void aPropertyThatCannotFailBecauseOfATypoFails() {
        PropertyResult result = check(new MonotoneProperty("typo", null, null, null, "Bridge.south.ratingTonnes", null, List.of("STRENGHTEN")));

        assertFalse(result.passed());
        assertTrue(result.detail().contains("[STRENGHTEN], which no variant recommends"), result.detail());
    }

    @Test
    void undeclaredLeversAndUnknownBasesAreReportedNotSkipped() {
        PropertyResult lever = check(new MonotoneProperty("no-lever", null, null, null, "Bridge.north.inspected", null, null));
        PropertyResult base = check(new ReachableProperty("no-base", null, List.of("scenario:flood"), null, null));

        assertFalse(lever.passed());
        assertTrue(lever.detail().contains("is not a lever of pack.yaml"), lever.detail());
        assertFalse(base.passed());
        assertTrue(base.detail().contains("\"scenario:flood\" is not a base"), base.detail());
    }

    @Test
    void aTestsFactsCanBeABase() throws IOException {
        PackTest failed = TestFiles.tests(TestPacks.DIR.resolve("tiny")).tests().stream()
                .filter(t -> t.name().equals("failed-bridge-blocks")).findFirst().orElseThrow();
        PropertyResult result = new PropertyChecker(tiny, List.of(failed), 1_000).check(List.of(
                new ReachableProperty("blocked-from-the-failed-bridge", null, List.of("test:failed-bridge-blocks"), null, List.of("BLOCKED"))))
                .get(0);

        assertTrue(result.passed(), result.report());
        assertTrue(result.detail().contains("BLOCKED from test:failed-bridge-blocks"), result.detail());
    }

    @Test
    void aVariantWithoutAVerdictMakesEveryPropertyUncheckableTheSameWay() throws PackException {
        Pack gap = TestPacks.load("verdict-gap");
        List<PropertyResult> results = new PropertyChecker(gap, List.of(), 1_000).check(List.of(
                new ReachableProperty("reaches-both", null, null, null, List.of("BLOCKED", "READY")),
                new MonotoneProperty("higher-is-better", null, null, null, "Dial.main.level", null, null)));

        for (PropertyResult result : results) {
            assertFalse(result.passed(), result.name());
            assertTrue(result.detail().startsWith("a variant could not be assessed (no-verdict)"), result.detail());
        }
    }
}
