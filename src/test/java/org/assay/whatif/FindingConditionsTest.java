package org.assay.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.outcome.Priority;
import org.assay.facts.FactBinder;
import org.assay.facts.FactSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The what-if diff on the finding-conditions pack, whose opening plan is recommended only while
 * {@code not Finding(kind == FindingKind.BLOCKER)} holds: only changes to blockers can have decided it.
 */
class FindingConditionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Diff diff(String before, String after) throws Exception {
        Pack pack = TestPacks.load("finding-conditions");
        FactSet was = new FactBinder(pack.schema()).bind(JSON.readTree(before), "before");
        FactSet is = new FactBinder(pack.schema()).bind(JSON.readTree(after), "after");
        Assessment old = TestPacks.evaluator().evaluate(pack, was, 0);
        Assessment now = TestPacks.evaluator().evaluate(pack, is, 0);
        return AssessmentDiff.of(old, was, now, is, pack.rules());
    }

    @Test
    void aMeasureThatAsksForNoBlockerIsTracedToTheBlockerThatWentNotToTheGapThatWentWithIt() throws Exception {
        Diff diff = diff("{\"Gate\": {\"west\": {\"open\": false}}, \"Budget\": {\"works\": {\"pct\": 1.0}}}",
                "{\"Gate\": {\"west\": {\"open\": true}}, \"Budget\": {\"works\": {\"pct\": 3.0}}}");

        assertEquals(List.of("BUDGET_LOW:works", "GATE_CLOSED:west"), diff.findings().removed().stream().map(Diff.FindingDelta::id).sorted().toList());
        assertEquals(List.of(new Diff.MeasureDelta("OPENING_PLAN", Priority.HIGH,
                List.of(new Diff.Cause("Gate.west.open", Diff.Via.CONDITION)))), diff.measures().added());
    }

    @Test
    void aMeasureThatGoesWhenABlockerComesIsTracedToThatBlockerAlone() throws Exception {
        Diff diff = diff("{\"Gate\": {\"west\": {\"open\": true}}, \"Budget\": {\"works\": {\"pct\": 1.0}}}",
                "{\"Gate\": {\"west\": {\"open\": false}}, \"Budget\": {\"works\": {\"pct\": 3.0}}}");

        assertEquals(List.of(new Diff.MeasureDelta("OPENING_PLAN", Priority.HIGH,
                List.of(new Diff.Cause("Gate.west.open", Diff.Via.CONDITION)))), diff.measures().removed());
    }
}
