package org.assay.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assay.engine.Assessment;
import org.assay.engine.Assessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java face that what-if and sweeps use: a saved scenario, loaded by id, as a request the assessor reads. */
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
        Assessment direct = assessor.assess("bih-nato", json.readTree("""
                {"scenario": "secession-escalation", "changes": {"EuforMission": {"althea": {"troopsInCountry": 3000}}}}"""));
        assertEquals(findingIds(direct), findingIds(assessor.assess(loaded.pack(), loaded.request())));
        assertTrue(store.find("no-such-id").isEmpty());
    }

    private static Set<String> findingIds(Assessment assessment) {
        return assessment.findings().stream().map(Assessment.AssessedFinding::id).collect(Collectors.toSet());
    }
}
