package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rule whose consequence throws: the client is told which pack and rule, and a sweep or batch goes on past it. */
@QuarkusTest
@TestProfile(FailingPacksProfile.class)
class ThrowingRuleTest {
    private static final String PACK = "/api/v1/packs/throwing-consequence";
    private static final String RULE = "A rating of 13 t is read from its text";
    private static final String AT_13 = "{\"baseline\": true, \"changes\": {\"Bridge\": {\"south\": {\"ratingTonnes\": 13}}}}";

    @Test
    void anAssessmentThatCrossesTheRuleNamesThePackAndTheRule() {
        given().contentType("application/json").body(AT_13)
                .when().post(PACK + "/assessments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:rule-failed"))
                .body("detail", containsString("rule \"" + RULE + "\" of pack \"throwing-consequence\" failed"))
                .body("detail", containsString("thirteen"))
                .body("errors[0].message", equalTo(RULE));
    }

    @Test
    void aSweepReportsTheVariantThatFailedAndGoesOn() {
        JsonPath sweep = given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"Bridge.south.ratingTonnes\", \"values\": [10, 13, 50]}]}")
                .when().post(PACK + "/sweeps")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("NOT_READY", "READY"), List.of(sweep.getString("variants[0].verdict"), sweep.getString("variants[2].verdict")));
        assertEquals(13, sweep.getInt("variants[1].values.'Bridge.south.ratingTonnes'"));
        assertEquals(RULE, sweep.getString("variants[1].problem.errors[0].message"));
    }

    @Test
    void aStreamedSweepHasAFailedLineForThatVariant() {
        List<String> lines = given().contentType("application/json").accept("application/x-ndjson")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"Bridge.south.ratingTonnes\", \"values\": [13, 50]}]}")
                .when().post(PACK + "/sweeps")
                .then().statusCode(200).extract().asString().lines().toList();
        JsonPath failed = JsonPath.from(lines.get(1));
        assertEquals("failed", failed.getString("type"));
        assertEquals(0, failed.getInt("index"));
        assertEquals("rule-failed", failed.getString("problem.type").replace("urn:assay:problem:", ""));
        assertEquals("READY", JsonPath.from(lines.get(2)).getString("verdict"));
    }

    @Test
    void aBatchItemThatCrossesTheRuleFailsAloneAndTheOthersAreAnswered() {
        given().contentType("application/json").body("[{\"baseline\": true}, " + AT_13 + ", {\"baseline\": true}]")
                .when().post(PACK + "/assessments:batch")
                .then().statusCode(200)
                .body("status", equalTo(List.of(200, 422, 200)))
                .body("[1].problem.errors[0].message", equalTo(RULE))
                .body("[2].assessment.verdict", equalTo("NOT_READY"));
    }
}
