package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The verdict-gap pack concludes nothing for a dial from 2 to 4. No verdict is the same problem on every
 * path: never a level, and never silently the best or the worst one.
 */
@QuarkusTest
@TestProfile(FailingPacksProfile.class)
class NoVerdictTest {
    private static final String PACK = "/api/v1/packs/verdict-gap";
    private static final String AT_3 = "{\"baseline\": true, \"changes\": {\"Dial\": {\"main\": {\"level\": 3}}}";

    @Test
    void anAssessmentWithoutAVerdictIsAProblem() {
        given().contentType("application/json").body(AT_3 + "}")
                .when().post(PACK + "/assessments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:no-verdict"));
    }

    @Test
    void aSweepListsAVariantWithoutAVerdictAsFailedAndFindsNoThresholdAcrossIt() {
        JsonPath sweep = given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"Dial.main.level\", \"values\": [1, 3, 6]}]}")
                .when().post(PACK + "/sweeps")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("BLOCKED", "READY"), Arrays.asList(sweep.getString("variants[0].verdict"), sweep.getString("variants[2].verdict")));
        assertNull(sweep.get("variants[1].verdict"));
        assertEquals("urn:assay:problem:no-verdict", sweep.getString("variants[1].problem.type"));
        assertEquals(List.of(), sweep.getList("thresholds"), "no flip is known on either side of a variant without a verdict");
    }

    @Test
    void aCounterfactualFromABaseWithoutAVerdictIsTheSameProblem() {
        given().contentType("application/json").body(AT_3 + ", \"target\": {\"verdictAtLeast\": \"READY\"}}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:no-verdict"));
    }

    @Test
    void aCounterfactualSearchThatMeetsAVariantWithoutAVerdictStopsOnTheSameProblem() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"Dial\": {\"main\": {\"level\": 0}}}, \"target\": {\"verdictAtLeast\": \"READY\"},"
                        + " \"exhaustive\": true}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:no-verdict"));
    }
}
