package org.assay.whatif;

import org.assay.engine.evaluation.Assessment;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.RuleInfo;
import org.assay.engine.TestPacks;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.assay.engine.outcome.VerdictLevel;
import org.assay.facts.FactRef;
import org.assay.facts.FactSet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AssessmentDiff on hand-made assessments, so that each test shows exactly which trace a cause comes from. */
class AssessmentDiffTest {
    private static final String LOST = "Without a mandate EUFOR cannot keep the peace";
    private static final String SOLE = "EUFOR should not be the sole guarantor";
    private static final String RESERVES = "Mandate loss calls for the reserves";
    private static final String ANP = "With no veto left submit an ANP";
    private static final String VETO = "Consensus lets a veto stop accession";
    /** The rules above as written in DRL: each tests facts through not or collect, which a match does not show. */
    private static final Map<String, RuleInfo> RULES = rules();

    private static final FactSet.Instance ALTHEA = instance("EuforMission", "althea", "mandateActive", true, "troops", 1100);
    private static final FactSet.Instance NAPLES = instance("IntelSharing", "naples", "directLink", false);
    private static final FactSet BASE = new FactSet(List.of(ALTHEA, NAPLES));

    @Test
    void aChangeThatAltersNothingGivesAnEmptyDiff() {
        Assessment same = assessment(VerdictLevel.BLOCKED, List.of(finding("EUFOR_UNDERSIZED", Severity.HIGH, "1100 troops", "Too small", "EuforMission.althea")),
                List.of(), List.of());

        Diff diff = AssessmentDiff.of(same, BASE, same, new FactSet(List.of(ALTHEA, NAPLES)), RULES);

        assertEquals(new Diff.VerdictChange("BLOCKED", "BLOCKED", false), diff.verdict());
        assertEquals(new Diff.Changes<>(List.of(), List.of(), List.of()), diff.findings());
        assertEquals(new Diff.Changes<>(List.of(), List.of(), List.of()), diff.measures());
        assertEquals(List.of(), diff.changedFacts());
    }

    @Test
    void anAddedFindingAndMeasureAreTracedInTheAssessmentAfterTheChange() {
        FactSet changed = new FactSet(List.of(instance("EuforMission", "althea", "mandateActive", false, "troops", 1100),
                instance("IntelSharing", "naples", "directLink", true)));
        Assessment after = assessment(VerdictLevel.BLOCKED, List.of(finding("EUFOR_MANDATE_LOST", Severity.CRITICAL, "no mandate", LOST, "EuforMission.althea")),
                List.of(measure("EUFOR_RESERVE_ACTIVATION", Priority.CRITICAL, RESERVES, "EUFOR_MANDATE_LOST")),
                List.of(firing(LOST, "EuforMission.althea"), firing(RESERVES, "Finding.EUFOR_MANDATE_LOST")));

        Diff diff = AssessmentDiff.of(empty(VerdictLevel.BLOCKED), BASE, after, changed, RULES);

        Diff.FindingDelta lost = diff.findings().added().get(0);
        assertEquals("EUFOR_MANDATE_LOST", lost.id());
        assertEquals(List.of(match("EuforMission.althea.mandateActive")), lost.causes(), "the unmatched IntelSharing change is no cause");
        assertEquals(List.of(new Diff.MeasureDelta("EUFOR_RESERVE_ACTIVATION", Priority.CRITICAL, List.of(match("EuforMission.althea.mandateActive")))),
                diff.measures().added());
        assertEquals(2, diff.changedFacts().size());
    }

    @Test
    void aRemovedMeasureIsTracedInTheAssessmentBeforeThroughFindingsThatMatchedFindings() {
        FactSet changed = new FactSet(List.of(instance("EuforMission", "althea", "mandateActive", true, "troops", 900), NAPLES));
        Assessment before = assessment(VerdictLevel.BLOCKED,
                List.of(finding("EUFOR_UNDERSIZED", Severity.HIGH, "1100 troops", "Too small", "EuforMission.althea"),
                        finding("RESERVE_LAG", Severity.HIGH, "slow", "Slow reserves", "Finding.EUFOR_UNDERSIZED", "IntelSharing.naples")),
                List.of(measure("INTELLIGENCE_SHARING", Priority.HIGH, "Share intelligence", "RESERVE_LAG")),
                List.of(firing("Share intelligence", "Finding.RESERVE_LAG")));

        Diff diff = AssessmentDiff.of(before, BASE, empty(VerdictLevel.BLOCKED), changed, RULES);

        assertEquals(List.of(match("EuforMission.althea.troops")), diff.measures().removed().get(0).causes());
        assertEquals(List.of("EUFOR_UNDERSIZED", "RESERVE_LAG"), diff.findings().removed().stream().map(Diff.FindingDelta::id).toList());
    }

    @Test
    void aMeasureRuleThatMatchedAnInputFactItselfCountsThatFact() {
        FactSet changed = new FactSet(List.of(instance("EuforMission", "althea", "mandateActive", true, "troops", 900), NAPLES));
        Assessment before = assessment(VerdictLevel.BLOCKED, List.of(finding("NO_LINK", Severity.HIGH, "no link", "No link", "IntelSharing.naples")),
                List.of(measure("EUFOR_REINFORCEMENT", Priority.HIGH, "Reinforce", "NO_LINK")),
                List.of(firing("Reinforce", "Finding.NO_LINK", "EuforMission.althea")));

        Diff diff = AssessmentDiff.of(before, BASE, empty(VerdictLevel.BLOCKED), changed, RULES);

        assertEquals(List.of(match("EuforMission.althea.troops")), diff.measures().removed().get(0).causes());
    }

    @Test
    void aFindingWhoseMessageChangesIsChangedNotAddedAndRemoved() {
        FactSet changed = new FactSet(List.of(instance("EuforMission", "althea", "mandateActive", true, "troops", 1400), NAPLES));
        Assessment before = assessment(VerdictLevel.BLOCKED, List.of(finding("EUFOR_UNDERSIZED", Severity.HIGH, "1100 troops", "Too small", "EuforMission.althea")),
                List.of(measure("EUFOR_REINFORCEMENT", Priority.HIGH, "Reinforce", "EUFOR_UNDERSIZED")), List.of());
        Assessment after = assessment(VerdictLevel.BLOCKED, List.of(finding("EUFOR_UNDERSIZED", Severity.HIGH, "1400 troops", "Too small", "EuforMission.althea")),
                List.of(measure("EUFOR_REINFORCEMENT", Priority.HIGH, "Reinforce", "EUFOR_UNDERSIZED")), List.of());

        Diff diff = AssessmentDiff.of(before, BASE, after, changed, RULES);

        assertEquals(List.of(new Diff.FindingChange("EUFOR_UNDERSIZED",
                        new Diff.FindingState(Severity.HIGH, "1100 troops", FindingKind.GAP),
                        new Diff.FindingState(Severity.HIGH, "1400 troops", FindingKind.GAP),
                        List.of(match("EuforMission.althea.troops")))),
                diff.findings().changed());
        assertTrue(diff.findings().added().isEmpty() && diff.findings().removed().isEmpty());
        assertTrue(diff.measures().changed().isEmpty(), "a measure changes only with its priority");
    }

    @Test
    void aFactTypeTestedThroughNotOrAccumulateIsACauseViaCondition() {
        FactSet base = new FactSet(List.of(ALTHEA, instance("SecurityGuarantee", "pact", "signed", false)));
        FactSet changed = new FactSet(List.of(ALTHEA, instance("SecurityGuarantee", "pact", "signed", true)));
        Assessment before = assessment(VerdictLevel.NOT_READY, List.of(finding("EUFOR_SOLE_GUARANTOR", Severity.HIGH, "alone", SOLE, "EuforMission.althea")),
                List.of(), List.of());

        Diff diff = AssessmentDiff.of(before, base, empty(VerdictLevel.READY), changed, RULES);

        assertEquals(List.of(new Diff.Cause("SecurityGuarantee.pact.signed", Diff.Via.CONDITION)), diff.findings().removed().get(0).causes());
        assertTrue(diff.verdict().changed());
    }

    @Test
    void aMatchOutranksAConditionForTheSameFact() {
        FactSet base = new FactSet(List.of(instance("VetoPoint", "entity", "active", true), instance("VetoPoint", "vni", "active", true)));
        FactSet changed = new FactSet(List.of(instance("VetoPoint", "entity", "active", false), instance("VetoPoint", "vni", "active", false)));
        Assessment before = assessment(VerdictLevel.BLOCKED, List.of(finding("CONSENSUS_VETO", Severity.CRITICAL, "veto", VETO, "VetoPoint.entity")),
                List.of(), List.of());

        Diff diff = AssessmentDiff.of(before, base, empty(VerdictLevel.READY), changed, RULES);

        assertEquals(List.of(match("VetoPoint.entity.active"), new Diff.Cause("VetoPoint.vni.active", Diff.Via.CONDITION)),
                diff.findings().removed().get(0).causes());
    }

    @Test
    void aRuleThatTestsForAKindOfFindingIsTracedToTheCausesOfTheFindingsOfThatKindThatDiffer() {
        FactSet base = new FactSet(List.of(instance("VetoPoint", "entity", "active", true), ALTHEA));
        FactSet changed = new FactSet(List.of(instance("VetoPoint", "entity", "active", false), ALTHEA));
        Assessment before = assessment(VerdictLevel.BLOCKED, List.of(
                finding("VETO:entity", FindingKind.BLOCKER, Severity.CRITICAL, "veto", "Entity veto", "VetoPoint.entity"),
                finding("MAP_STALLED", Severity.HIGH, "stalled", "MAP stalled", "EuforMission.althea")), List.of(), List.of());
        Assessment after = assessment(VerdictLevel.NOT_READY, List.of(finding("MAP_STALLED", Severity.HIGH, "stalled", "MAP stalled", "EuforMission.althea")),
                List.of(measure("ANNUAL_NATIONAL_PROGRAMME", Priority.HIGH, ANP, "MAP_STALLED")), List.of());

        Diff diff = AssessmentDiff.of(before, base, after, changed, RULES);

        assertEquals(List.of(new Diff.Cause("VetoPoint.entity.active", Diff.Via.CONDITION)), diff.measures().added().get(0).causes());
    }

    @Test
    void aFindingOfAnotherKindThanTheRuleTestsForIsNoCause() {
        FactSet base = new FactSet(List.of(instance("VetoPoint", "entity", "active", true), ALTHEA, NAPLES));
        FactSet changed = new FactSet(List.of(instance("VetoPoint", "entity", "active", false), ALTHEA,
                instance("IntelSharing", "naples", "directLink", true)));
        Assessment before = assessment(VerdictLevel.BLOCKED, List.of(
                finding("VETO:entity", FindingKind.BLOCKER, Severity.CRITICAL, "veto", "Entity veto", "VetoPoint.entity"),
                finding("NO_LINK", Severity.HIGH, "no link", "No link", "IntelSharing.naples"),
                finding("MAP_STALLED", Severity.HIGH, "stalled", "MAP stalled", "EuforMission.althea")), List.of(), List.of());
        Assessment after = assessment(VerdictLevel.NOT_READY, List.of(finding("MAP_STALLED", Severity.HIGH, "stalled", "MAP stalled", "EuforMission.althea")),
                List.of(measure("ANNUAL_NATIONAL_PROGRAMME", Priority.HIGH, ANP, "MAP_STALLED")), List.of());

        Diff diff = AssessmentDiff.of(before, base, after, changed, RULES);

        assertEquals(List.of(new Diff.Cause("VetoPoint.entity.active", Diff.Via.CONDITION)), diff.measures().added().get(0).causes(),
                "the gap NO_LINK went too, but the rule asks only that no blocker stands");
    }

    @Test
    void changedFactsNameEveryLeafThatDiffersIncludingValuesThatBecomeUnknown() {
        FactSet changed = new FactSet(List.of(instance("EuforMission", "althea", "troops", 1100), instance("PublicOpinion", "national")));

        Diff diff = AssessmentDiff.of(empty(VerdictLevel.READY), BASE, empty(VerdictLevel.READY), changed, RULES);

        assertEquals(List.of(new Diff.ChangedFact("EuforMission.althea.mandateActive", true, null),
                        new Diff.ChangedFact("IntelSharing.naples.directLink", false, null),
                        new Diff.ChangedFact("PublicOpinion.national", null, Map.of())),
                diff.changedFacts());
        assertFalse(diff.verdict().changed());
    }

    private static Diff.Cause match(String path) {
        return new Diff.Cause(path, Diff.Via.MATCH);
    }

    private static Map<String, RuleInfo> rules() {
        try {
            return TestPacks.load("diff-rules").rules();
        } catch (PackException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An instance with field, value pairs. */
    private static FactSet.Instance instance(String type, String id, Object... fieldsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new FactSet.Instance(type, id, values);
    }

    private static Assessment.Firing firing(String rule, String... facts) {
        return new Assessment.Firing(rule, Arrays.stream(facts).map(FactRef::parse).toList());
    }

    /** A gap raised by a rule that matched the given facts, named {@code Type.id}. */
    private static Assessment.AssessedFinding finding(String id, Severity severity, String message, String rule, String... facts) {
        return finding(id, FindingKind.GAP, severity, message, rule, facts);
    }

    private static Assessment.AssessedFinding finding(String id, FindingKind kind, Severity severity, String message, String rule,
                                                      String... facts) {
        List<Assessment.MatchedFact> matched = Arrays.stream(facts).map(FactRef::parse)
                .map(ref -> new Assessment.MatchedFact(ref.type(), ref.id(), null))
                .toList();
        return new Assessment.AssessedFinding(id, kind, severity, null, "test", message, rule, "T1",
                List.of("T1"), matched);
    }

    private static Assessment.AssessedRecommendation measure(String measure, Priority priority, String rule, String... findings) {
        Assessment.Reason reason = new Assessment.Reason(rule, priority, "because", List.of(findings), "T1");
        return new Assessment.AssessedRecommendation(measure, priority, "because", List.of(findings), List.of(reason));
    }

    private static Assessment assessment(VerdictLevel verdict, List<Assessment.AssessedFinding> findings,
                                         List<Assessment.AssessedRecommendation> measures, List<Assessment.Firing> trace) {
        return new Assessment(null, "test", "v1", verdict.name(), List.of(),
                Map.of("verdict", new Assessment.Rated("Verdict", verdict.name(), List.of())), findings, measures, trace,
                new Assessment.Timing(0, 0, trace.size()), null, Map.of("T1", "Test source"));
    }

    private static Assessment empty(VerdictLevel verdict) {
        return assessment(verdict, List.of(), List.of(), List.of());
    }
}
