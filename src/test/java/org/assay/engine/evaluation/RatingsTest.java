package org.assay.engine.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.assess.Requests;
import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.loading.PackManifest;
import org.assay.facts.FieldPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pack that rates two questions apart: each rating gets its own level from its own rules, side by side, and a
 * finding says which it bears on. A verdict on a rating the pack does not declare is the pack's fault, named.
 */
class RatingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachRatingHasItsOwnLevelAndReasonsAndTheFirstIsTheHeadline() throws Exception {
        Pack pack = TestPacks.load("two-ratings");

        Assessment a = assess(pack, "{\"baseline\": true}");

        assertEquals(Map.of("access", "LIMITED", "safety", "WATCH"), a.levels());
        assertEquals(List.of("access", "safety"), List.copyOf(a.ratings().keySet()));
        assertEquals("LIMITED", a.verdict());
        assertEquals("Flood safety", a.ratings().get("safety").title());
        assertEquals(List.of(new Assessment.VerdictReason("A lesser risk puts the town on watch", "the levee needs watching")),
                a.ratings().get("safety").reasons());
        assertEquals(a.ratings().get("access").reasons(), a.verdictReasons());
    }

    @Test
    void eachFindingSaysWhichRatingItBearsOnAndCitesEverySourceItsRuleNames() throws Exception {
        Assessment a = assess(TestPacks.load("two-ratings"), "{\"baseline\": true}");

        Assessment.AssessedFinding low = a.findings().stream().filter(f -> f.id().equals("LOW_RATING")).findFirst().orElseThrow();
        assertEquals("access", low.rating());
        assertEquals(List.of("T1", "T2"), low.citations());
        assertEquals(List.of("T1", "T2"), List.copyOf(a.sources().keySet()), "the answer gives each cited source's reference once");
        assertEquals("safety", a.findings().stream().filter(f -> f.id().equals("LOW_LEVEE")).findFirst().orElseThrow().rating());
    }

    @Test
    void aChangeToTheLeveeMovesSafetyAndLeavesAccessAlone() throws Exception {
        Pack pack = TestPacks.load("two-ratings");
        try (VariantSession session = VariantSession.open(pack, Requests.facts(pack, JSON.readTree("{\"baseline\": true}")), 1000)) {
            VariantOutcome breached = session.assess(Map.of(new FieldPath("Levee", "river", "breached"), true));
            assertEquals(Map.of("access", "LIMITED", "safety", "UNSAFE"), breached.ratings());
            assertEquals("LIMITED", breached.verdict());
        }
    }

    @Test
    void aSnapshotIsTheBaselineAsOfItsDateWithItsOwnEvidence() throws Exception {
        Pack pack = TestPacks.load("two-ratings");

        Assessment a = assess(pack, "{\"snapshot\": \"2026-01-01\"}");

        assertEquals("UNSAFE", a.levels().get("safety"));
        PackManifest.Evidence breach = pack.snapshots().get("2026-01-01").evidence().get("Levee.river.breached");
        assertEquals("2026-01-01", breach.asOf());
        assertEquals("2024-03", pack.snapshots().get("2026-01-01").evidence().get("Bridge.main.ratingTonnes").asOf(),
                "what the snapshot does not change keeps its evidence");
    }

    @Test
    void aVerdictOnARatingThePackDoesNotDeclareIsThePacksFaultNamingTheRule(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("two-ratings"), tmp);
        TestPacks.edit(dir.resolve("rules.drl"), "Verdict.of(\"safety\", \"WATCH\"", "Verdict.of(\"safty\", \"WATCH\"");

        EvaluationException e = assertThrows(EvaluationException.class, () -> assess(TestPacks.load(dir), "{\"baseline\": true}"));

        assertEquals(EvaluationException.Reason.UNDECLARED_RATING, e.reason());
        assertEquals(List.of("A lesser risk puts the town on watch"), e.rules());
        assertTrue(e.getMessage().contains("\"safty\"") && e.getMessage().contains("[access, safety]"), e.getMessage());
    }

    @Test
    void aLevelTheRatingDoesNotHaveIsThePacksFaultToo(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("two-ratings"), tmp);
        TestPacks.edit(dir.resolve("rules.drl"), "\"safety\", \"WATCH\"", "\"safety\", \"AMBER\"");

        EvaluationException e = assertThrows(EvaluationException.class, () -> assess(TestPacks.load(dir), "{\"baseline\": true}"));

        assertEquals(EvaluationException.Reason.UNDECLARED_RATING, e.reason());
        assertTrue(e.getMessage().contains("\"AMBER\"") && e.getMessage().contains("[UNSAFE, WATCH, SAFE]"), e.getMessage());
    }

    @Test
    void aRatingNoRuleReachesIsNoVerdictForThatRating(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.copy(TestPacks.DIR.resolve("two-ratings"), tmp);
        TestPacks.edit(dir.resolve("rules.drl"), "Verdict.of(\"safety\", \"WATCH\"", "Verdict.of(\"access\", \"LIMITED\"");

        NoVerdictException e = assertThrows(NoVerdictException.class, () -> assess(TestPacks.load(dir), "{\"baseline\": true}"));

        assertTrue(e.getMessage().contains("\"safety\""), e.getMessage());
    }

    @Test
    void theFactsAnAccumulateCollectedAreAmongTheFactsAFindingRestsOn() throws Exception {
        Pack pack = TestPacks.load(Path.of("rules/bih-nato"));

        Assessment a = assess(pack, "{\"baseline\": true}");

        Assessment.AssessedFinding veto = a.findings().stream().filter(f -> f.id().equals("RS_VETO")).findFirst().orElseThrow();
        List<String> vetoPoints = veto.facts().stream().filter(f -> f.type().equals("VetoPoint")).map(Assessment.MatchedFact::id).sorted().toList();
        assertEquals(List.of("entity-voting", "presidency-referral", "vital-national-interest"), vetoPoints);
        assertTrue(a.trace().stream().anyMatch(firing -> firing.facts().stream().anyMatch(ref -> ref.type().equals("VetoPoint"))),
                "and the trace names them too, so a what-if traces a change of a veto point to the finding");
    }

    private static Assessment assess(Pack pack, String request) throws Exception {
        return TestPacks.evaluator().evaluate(pack, Requests.facts(pack, JSON.readTree(request)), 0);
    }
}
