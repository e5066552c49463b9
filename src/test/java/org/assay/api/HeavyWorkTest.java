package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Heavy work is admitted apart from plain assessments: with no room for it, it is refused with 429 while plain work is served. */
@QuarkusTest
@TestProfile(NoRoomForHeavyWorkProfile.class)
class HeavyWorkTest {
    private static final String PACK = "/api/v1/packs/bih-nato";

    private static RequestSpecification json(String body) {
        return given().contentType("application/json").body(body);
    }

    private static void refusedAsBusy(io.restassured.response.Response response) {
        response.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("7"))
                .body("type", equalTo("urn:assay:problem:busy"))
                .body("detail", containsString("assay.work.heavy-requests"));
    }

    @Test
    void aPlainAssessmentIsServedWhileHeavyWorkHasNoRoom() {
        json("{\"baseline\": true}").when().post(PACK + "/assessments?fragility=false")
                .then().statusCode(200).body("verdict", equalTo("BLOCKED"));
    }

    @Test
    void anAssessmentIsHeavyByItsSizeNotByItsEndpoint() {
        // The same baseline, with each of its values varied for fragility, is over the configured size.
        refusedAsBusy(json("{\"baseline\": true}").when().post(PACK + "/assessments"));
    }

    /** The baseline with this many more veto points. */
    private static ObjectNode baselineWithVetoes(int extra) throws IOException {
        ObjectNode facts = (ObjectNode) new ObjectMapper().readTree(Path.of("rules/bih-nato/baseline.json").toFile());
        ObjectNode vetoes = facts.withObjectProperty("VetoPoint");
        for (int i = 0; i < extra; i++) {
            vetoes.set("extra-" + i, vetoes.get("entity-voting").deepCopy());
        }
        return facts;
    }

    @Test
    void manyFactsAreHeavyEvenWithoutFragilityAndSoIsAWhatIfOfThem() throws IOException {
        String large = "{\"facts\": " + baselineWithVetoes(200) + ", \"changes\": {}}";
        refusedAsBusy(json(large).when().post(PACK + "/assessments?fragility=false"));
        refusedAsBusy(json(large).when().post(PACK + "/what-if"));
        json("{\"baseline\": true, \"changes\": {}}").when().post(PACK + "/what-if").then().statusCode(200);
    }

    @Test
    void aShortBodyNamingALargeSavedScenarioIsHeavy() throws IOException {
        String id = TestUsers.analyst().contentType("application/json")
                .body("{\"pack\": \"bih-nato\", \"title\": \"Many vetoes\", \"base\": {\"facts\": " + baselineWithVetoes(500) + "}}")
                .when().post("/api/v1/scenarios").then().statusCode(201).extract().path("id");
        refusedAsBusy(json("{\"saved\": \"" + id + "\"}").when().post(PACK + "/assessments?fragility=false"));
        refusedAsBusy(given().when().post("/api/v1/scenarios/" + id + "/assessments"));
    }

    @Test
    void sweepsBatchesCounterfactualsAndReplaysAreHeavy() {
        refusedAsBusy(json("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"values\": [0, 1000]}]}")
                .when().post(PACK + "/sweeps"));
        refusedAsBusy(json("[{\"baseline\": true}]").when().post(PACK + "/assessments:batch"));
        refusedAsBusy(json("{\"baseline\": true, \"target\": {\"verdictBetterThan\": \"BLOCKED\"}}").when().post(PACK + "/counterfactuals"));
        refusedAsBusy(given().when().post("/api/v1/assessments/log/replay?pack=bih-nato"));
    }
}
