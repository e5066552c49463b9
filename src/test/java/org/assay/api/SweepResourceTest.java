package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SweepResourceTest {
    private static final String SWEEPS = "/api/v1/packs/bih-nato/sweeps";
    private static final String TROOPS = "{\"path\": \"EuforMission.althea.troopsInCountry\", \"from\": 0, \"to\": 5000, \"step\": 100}";

    @Test
    void sweepsTroopsAndFindsWhereReinforcementStopsBeingUrgent() {
        given().contentType("application/json").body("{\"baseline\": true, \"levers\": [" + TROOPS + "]}")
                .when().post(SWEEPS)
                .then().statusCode(200)
                .body("variants.size()", equalTo(51))
                .body("variants[0].verdict", equalTo("BLOCKED"))
                // no troops and no pact: no guarantor at all, so EUFOR must be brought back (CRITICAL)
                .body("variants[0].measures.EUFOR_REINFORCEMENT", equalTo("CRITICAL"))
                .body("variants[1].measures.EUFOR_REINFORCEMENT", equalTo("HIGH"))
                .body("variants[50].measures.EUFOR_REINFORCEMENT", equalTo("MEDIUM"))
                .body("variants.verdict", everyItem(equalTo("BLOCKED")))
                .body("thresholds.lever", hasItem("EuforMission.althea.troopsInCountry"))
                .body("thresholds[0].change.priorityChanged.EUFOR_REINFORCEMENT", equalTo(List.of("CRITICAL", "HIGH")))
                .body("thresholds[1].change.priorityChanged.EUFOR_REINFORCEMENT", equalTo(List.of("HIGH", "MEDIUM")));
    }

    @Test
    void aDeclaredLeverNeedsOnlyItsPathAndFlipsTheVerdictWhenReformLandsOnTopOfAScenario() {
        given().contentType("application/json")
                .body("{\"scenario\": \"constitutional-reform\", \"levers\": [{\"path\": \"Constitution.dayton.consensusRequiredForNato\"}]}")
                .when().post(SWEEPS)
                .then().statusCode(200)
                .body("levers[0].count", equalTo(2))
                .body("variants.find { it.values['Constitution.dayton.consensusRequiredForNato'] == true }.verdict", equalTo("BLOCKED"))
                .body("variants.find { it.values['Constitution.dayton.consensusRequiredForNato'] == false }.verdict", equalTo("NOT_READY"))
                .body("thresholds[0].change.verdictFrom", equalTo("BLOCKED"));
    }

    @Test
    void twoLeversGiveTheWholeGrid() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [" + TROOPS + ", {\"path\": \"DefenceResources.afbih.milexPctGdp\", \"values\": [0.8, 2.0]}]}")
                .when().post(SWEEPS)
                .then().statusCode(200)
                .body("variants.size()", equalTo(102))
                .body("variants[1].values", hasKey("DefenceResources.afbih.milexPctGdp"))
                .body("variants[1].measures.DEFENCE_SPENDING_PATH", equalTo("MEDIUM"))
                .body("variants[0].measures.DEFENCE_SPENDING_PATH", equalTo("HIGH"));
    }

    @Test
    void streamsNdjsonWithProgressAndASummary() {
        Response response = given().contentType("application/json").accept("application/x-ndjson")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"from\": 0, \"to\": 20000, \"step\": 1}]}")
                .when().post(SWEEPS);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/x-ndjson"));
        List<String> lines = response.body().asString().lines().toList();
        assertTrue(lines.get(0).contains("\"type\":\"sweep\""), lines.get(0));
        assertEquals(20001, lines.stream().filter(l -> l.contains("\"type\":\"variant\"")).count());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"type\":\"progress\"") && l.contains("\"percent\":100.0")));
        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains("\"type\":\"summary\"") && last.contains("\"variants\":20001") && last.contains("\"between\":[1499,1500]"), last);
    }

    @Test
    void badLeversAreNamedByTheirPlaceInTheRequest() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troops\", \"from\": 0, \"to\": 10, \"step\": 1},"
                        + " {\"path\": \"Actor.rs-leadership.stanceOnNato\", \"from\": 0, \"to\": 1, \"step\": 1}]}")
                .when().post(SWEEPS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItem("levers[0].path"))
                .body("errors.find { it.path == 'levers[0].path' }.message", containsString("unknown field \"troops\""))
                .body("errors.path", hasItem("levers[1]"));
    }

    @Test
    void aLeverThatIsNotDeclaredNeedsItsValues() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.heavyWeapons\"}]}")
                .when().post(SWEEPS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("levers[0].path"))
                .body("errors[0].message", containsString("not a lever of pack.yaml"));
    }

    @Test
    void sweepsOverTheBoundAreRefusedBeforeAnyWork() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"from\": 0, \"to\": 100000000, \"step\": 1}]}")
                .when().post(SWEEPS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:limit-exceeded"))
                .body("detail", equalTo("sweep would assess 100000001 variants; assay.sweeps.max-variants is 5000000"))
                .body("errors[0].path", equalTo("levers"));
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"from\": 0, \"to\": 20000, \"step\": 1}]}")
                .when().post(SWEEPS)
                .then().statusCode(422)
                .body("detail", containsString("assay.sweeps.max-inline-variants is 10000"))
                .body("errors[0].message", containsString("application/x-ndjson"));
    }

    @Test
    void outOfRangeValuesAndMissingLeversAreNamed() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"DefenceResources.afbih.milexPctGdp\", \"values\": [1.0, \"two\"]}], \"extra\": 1}")
                .when().post(SWEEPS)
                .then().statusCode(400)
                .body("errors.path", hasItem("extra"));
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"DefenceResources.afbih.milexPctGdp\", \"values\": [1.0, \"two\"]}]}")
                .when().post(SWEEPS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("levers[0].values[1]"));
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(SWEEPS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("levers"));
    }

    @Test
    void numbersBeyondDoublesAndMixedLeverFormsAreNamed() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"from\": 0, \"to\": 100, \"step\": 1e400}]}")
                .when().post(SWEEPS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("levers[0].step"));
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"DefenceResources.afbih.milexPctGdp\", \"from\": 0, \"to\": 100, \"step\": 1e-320}]}")
                .when().post(SWEEPS)
                .then().statusCode(400)
                .body("errors[0].message", containsString("use a larger step"));
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"DefenceResources.afbih.milexPctGdp\", \"values\": [1.0], \"from\": 0, \"to\": 2, \"step\": 1}]}")
                .when().post(SWEEPS)
                .then().statusCode(400)
                .body("errors[0].message", containsString("not both"));
    }
}
