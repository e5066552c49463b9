package org.assay.engine.evaluation;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.loading.PackLoader;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.assay.facts.FactBinder;
import org.assay.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Assessment assess(Pack pack, String facts) throws Exception {
        FactSet set = new FactBinder(pack.schema()).bind(JSON.readTree(facts), "facts");
        return TestPacks.evaluator().evaluate(pack, set, 0);
    }

    @Test
    void explainsEachFindingWithItsRuleSourceAndFacts() throws Exception {
        Assessment a = assess(TestPacks.load("tiny"), "{\"Bridge\": {\"south\": {\"condition\": \"WORN\", \"ratingTonnes\": 30}}}");

        assertEquals("NOT_READY", a.verdict());
        Assessment.AssessedFinding gap = a.findings().get(0);
        assertEquals("LOW_RATING:south", gap.id());
        assertEquals(FindingKind.GAP, gap.kind());
        assertEquals("Bridge south is rated 30 t, under 40 t", gap.message());
        assertEquals("A low rating is a gap", gap.rule());
        assertEquals("T1 s.2", gap.source());
        assertEquals("load", gap.dimension());
        assertEquals("south", gap.facts().get(0).id());
        assertEquals(30, gap.facts().get(0).values().get("ratingTonnes"));
        assertEquals(List.of("A low rating is a gap", "Gaps call for strengthening", "Gaps leave the bridge not ready"),
                a.trace().stream().map(Assessment.Firing::rule).toList());
    }

    @Test
    void theSameFactsAlwaysGiveTheSameAssessment() throws Exception {
        // Accumulated lists and firings of equal salience follow the order facts are inserted in; a what-if
        // compares two evaluations and must not see differences that no change caused.
        Pack pack = new PackLoader(JSON).load(Path.of("rules/bih-nato"));
        FactSet facts = new FactBinder(pack.schema()).bind(pack.baseline(), "baseline");
        Assessment first = TestPacks.evaluator().evaluate(pack, facts, 0);
        for (int i = 0; i < 5; i++) {
            Assessment again = TestPacks.evaluator().evaluate(pack, facts, 0);
            assertEquals(messages(first), messages(again));
            assertEquals(first.trace(), again.trace());
        }
    }

    private static List<String> messages(Assessment a) {
        return a.findings().stream().map(f -> f.id() + ": " + f.message()).toList();
    }

    @Test
    void takesTheWorstVerdictAndMergesRecommendationsOfOneMeasure() throws Exception {
        Assessment a = assess(TestPacks.load("tiny"), """
                {"Bridge": {"north": {"condition": "FAILED", "ratingTonnes": 60}, "south": {"condition": "WORN", "ratingTonnes": 30}}}""");

        assertEquals("BLOCKED", a.verdict());
        assertEquals(1, a.recommendations().size());
        Assessment.AssessedRecommendation strengthen = a.recommendations().get(0);
        assertEquals(Priority.CRITICAL, strengthen.priority(), "the most urgent of the rules' priorities");
        assertEquals(List.of("BRIDGE_FAILED:north", "LOW_RATING:south"), strengthen.findings());
        assertEquals(2, strengthen.reasons().size());
    }

    @Test
    void anAssessmentCarriesNothingOverFromTheOneBefore() throws Exception {
        // Sessions come from a pool and are reset between evaluations; nothing of one fact set may reach the next.
        Pack pack = TestPacks.load("tiny");
        assess(pack, "{\"Bridge\": {\"north\": {\"condition\": \"FAILED\", \"ratingTonnes\": 60}}}");

        Assessment next = assess(pack, "{\"Bridge\": {\"south\": {\"condition\": \"WORN\", \"ratingTonnes\": 30}}}");

        assertEquals("NOT_READY", next.verdict());
        assertEquals(List.of("LOW_RATING:south"), next.findings().stream().map(Assessment.AssessedFinding::id).toList());
    }

    @Test
    void anUnknownValueIsADataGapNotAGuess() throws Exception {
        Assessment a = assess(TestPacks.load("tiny"), "{\"Bridge\": {\"east\": {\"condition\": \"GOOD\"}}}");

        assertEquals(FindingKind.DATA_GAP, a.findings().get(0).kind());
        assertEquals("RATING_UNKNOWN:east", a.findings().get(0).id());
    }

    @Test
    void stopsRulesThatReActivateEachOtherAndNamesThem() throws Exception {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> assess(TestPacks.load("runaway"), "{\"Counter\": {\"c\": {\"value\": 0}}}"));

        assertEquals("fire-limit", e.code());
        assertTrue(e.rules().get(0).startsWith("Counting up re-activates itself"), e.rules().toString());
    }

    @Test
    @Timeout(30) // without a working watchdog the rules would run on for good
    void stopsRulesThatRunPastTheTimeLimitAndNamesThem() throws Exception {
        Pack runaway = TestPacks.load("runaway");
        FactSet facts = new FactBinder(runaway.schema()).bind(JSON.readTree("{\"Counter\": {\"c\": {\"value\": 0}}}"), "facts");
        try (Watchdog watchdog = new Watchdog("test-time-limit")) {
            Evaluator patientAboutFirings = new Evaluator(watchdog, Integer.MAX_VALUE, Duration.ofMillis(100));

            EvaluationException e = assertThrows(EvaluationException.class, () -> patientAboutFirings.evaluate(runaway, facts, 0));

            assertEquals("time-limit", e.code());
            assertTrue(e.rules().get(0).startsWith("Counting up re-activates itself"), e.rules().toString());
        }
    }

    @Test
    void aPackThatReachesNoVerdictSaysSo() throws Exception {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> assess(TestPacks.load("no-verdict"), "{\"Thing\": {\"t\": {}}}"));

        assertEquals("no-verdict", e.code());
    }
}
