package org.assay.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assay.assess.Assessor;
import org.assay.assess.Question;
import org.assay.assess.Recording;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.facts.FactSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java face that what-if and sweeps use: a saved scenario, loaded by id, as a request the request door reads. */
@QuarkusTest
@Tag("store")
class ScenarioStoreTest {

    @Inject
    Scenarios scenarios;

    @Inject
    ScenarioStore store;

    @Inject
    Assessor assessor;

    @Inject
    Requests requests;

    @Inject
    PackRegistry packs;

    @Inject
    ObjectMapper json;

    @Test
    void aSavedScenarioLoadsAsItsPackBaseAndChanges() throws Exception {
        ScenarioView saved = scenarios.save(json.readTree("""
                {"pack": "bih-nato", "title": "Escalation", "base": {"scenario": "secession-escalation"},
                 "changes": {"EuforMission": {"althea": {"troopsInCountry": 3000}}}}"""), new Requester("analyst", false));

        SavedScenario loaded = store.find(saved.id()).orElseThrow();

        assertEquals("bih-nato", loaded.pack());
        assertEquals("secession-escalation", loaded.base().get("scenario").asText());
        assertEquals(3000, loaded.changes().at("/EuforMission/althea/troopsInCountry").asInt());
        Pack pack = packs.serving(loaded.pack());
        Assessment direct = assess(pack, Requests.facts(pack, json.readTree("""
                {"scenario": "secession-escalation", "changes": {"EuforMission": {"althea": {"troopsInCountry": 3000}}}}""")));
        assertEquals(findingIds(direct), findingIds(assess(pack, Requests.facts(pack, loaded.request()))));
        assertEquals(findingIds(direct), findingIds(assess(pack, requests.read(pack, json.createObjectNode().put("saved", saved.id()),
                Question.FACTS, Set.of()).facts())));
        assertTrue(store.find("no-such-id").isEmpty());
    }

    private Assessment assess(Pack pack, FactSet facts) {
        return assessor.assess(pack, facts, Recording.INTERNAL, 0);
    }

    private static Set<String> findingIds(Assessment assessment) {
        return assessment.findings().stream().map(Assessment.AssessedFinding::id).collect(Collectors.toSet());
    }
}
