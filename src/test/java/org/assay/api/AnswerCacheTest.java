package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AnswerCacheTest {
    private static final String ASSESS = "/api/v1/packs/bih-nato/assessments";
    private static final String LOG = "/api/v1/assessments/log";

    /** A body no other test sends, so that its first answer is a fresh one. */
    private static String body(int troops) {
        return "{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": " + troops + "}}}}";
    }

    private static Response assess(String body, String query) {
        return given().contentType("application/json").body(body).when().post(ASSESS + query).then().statusCode(200).extract().response();
    }

    @Test
    void aRepeatedRequestGetsTheSameAnswerWithoutEvaluatingAgain() {
        Response first = assess(body(1234), "");
        Response again = assess(body(1234), "");

        assertEquals("miss", first.header("Assay-Cache"));
        assertEquals("hit", again.header("Assay-Cache"));
        String firstId = first.path("id");
        String againId = again.path("id");
        assertNotEquals(firstId, againId, "an answer served again is a new assessment");
        assertEquals(againId, again.header("Assay-Assessment-Id"));
        assertEquals(first.asString().replace(firstId, againId), again.asString(), "the same answer, byte for byte but for its id");
        assertEquals("application/json", again.contentType());
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("assay_assessments_cached_total{pack=\"bih-nato\"}"), "operators see answers from the cache counted");
    }

    @Test
    void theSameFactsReachedAnotherWayShareTheAnswer() {
        assess(body(1235), "?fragility=false");
        String facts = given().when().get("/api/v1/packs/bih-nato/baseline").then().statusCode(200).extract().asString()
                .replaceFirst("\"troopsInCountry\"\\s*:\\s*\\d+", "\"troopsInCountry\": 1235");

        Response same = assess("{\"facts\": " + facts + "}", "?fragility=false");

        assertEquals("hit", same.header("Assay-Cache"));
    }

    @Test
    void anyDifferenceInFactsOrOptionsIsAssessedAfresh() {
        assess(body(1236), "");

        assertEquals("miss", assess(body(1237), "").header("Assay-Cache"), "another value");
        Response withoutFragility = assess(body(1236), "?fragility=false");
        assertEquals("miss", withoutFragility.header("Assay-Cache"), "without the fragility check");
        withoutFragility.then().body("fragility", equalTo(null));
        Response withEvidence = assess("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 1236}}},"
                + " \"evidence\": {\"EuforMission.althea.troopsInCountry\": {\"source\": \"EUFOR press release\", \"confidence\": \"HIGH\"}}}", "");
        assertEquals("miss", withEvidence.header("Assay-Cache"), "with evidence");
        withEvidence.then().body("fragility.findings.collect { it.value }.flatten().path", not(hasItem("EuforMission.althea.troopsInCountry")));
    }

    @Test
    void anAnswerFromTheCacheIsLoggedAsEveryAssessmentServed() {
        Instant before = Instant.now();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(0, assess(body(1238), "?fragility=false").path("id"));
        }

        given().queryParam("pack", "bih-nato").queryParam("from", before.toString())
                .when().get(LOG)
                .then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items.inputHash.unique().size()", equalTo(1))
                .body("items.id", equalTo(ids));
    }

    @Test
    void theSameBodyNamingASavedScenarioFollowsTheScenarioWhenItChanges() {
        String id = TestUsers.analyst().contentType("application/json")
                .body("{\"pack\": \"bih-nato\", \"title\": \"cache test\", \"base\": {\"baseline\": true},"
                        + " \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}")
                .when().post("/api/v1/scenarios").then().statusCode(201).extract().path("id");
        String body = "{\"saved\": \"" + id + "\"}";
        assess(body, "?fragility=false").then().body("recommendations.measure", hasItem("MANDATE_REAUTHORISATION"));

        TestUsers.analyst().contentType("application/merge-patch+json").body("{\"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": true}}}}")
                .when().patch("/api/v1/scenarios/" + id).then().statusCode(200);

        assess(body, "?fragility=false").then().body("recommendations.measure", not(hasItem("MANDATE_REAUTHORISATION")));
        // The same member spelt with an escape is still read afresh each time.
        String escaped = "{\"\\u0073aved\": \"" + id + "\"}";
        assess(escaped, "?fragility=false").then().body("recommendations.measure", not(hasItem("MANDATE_REAUTHORISATION")));
        TestUsers.analyst().contentType("application/merge-patch+json").body("{\"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}")
                .when().patch("/api/v1/scenarios/" + id).then().statusCode(200);
        assess(escaped, "?fragility=false").then().body("recommendations.measure", hasItem("MANDATE_REAUTHORISATION"));
    }
}
