package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every assessment a user asks for has an id, in its answer and its headers, under which its log entry is found. */
@QuarkusTest
@Tag("store")
class AssessmentIdsTest {
    private static final String PACK = "/api/v1/packs/bih-nato";
    private static final String UUID_TEXT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void anAssessmentIsFetchedByTheIdItsAnswerGives() {
        Response answer = given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 2345}}}}")
                .when().post(PACK + "/assessments?fragility=false")
                .then().statusCode(200).body("id", matchesPattern(UUID_TEXT)).extract().response();
        String id = answer.path("id");
        assertEquals(id, answer.header("Assay-Assessment-Id"));
        assertEquals("/api/v1/assessments/" + id, answer.header("Location"));

        given().when().get(answer.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("pack", equalTo("bih-nato"))
                .body("packVersion", equalTo(answer.path("packVersion")))
                .body("verdict", equalTo(answer.path("verdict")))
                .body("ratings.security", equalTo(answer.path("ratings.security.level")))
                .body("measures", equalTo(answer.path("recommendations.measure")))
                .body("input.EuforMission.althea.troopsInCountry", equalTo(2345))
                .body("assessedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        given().queryParam("pack", "bih-nato").queryParam("limit", 1000)
                .when().get("/api/v1/assessments/log")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.input", nullValue());
    }

    @Test
    void eachBatchItemHasItsOwnIdAndABadItemNone() {
        JsonPath items = given().contentType("application/json")
                .body("[{\"baseline\": true}, {\"baseline\": true}, {\"scenario\": \"no-such-scenario\"}]")
                .when().post(PACK + "/assessments:batch")
                .then().statusCode(200).extract().jsonPath();
        String first = items.getString("[0].assessment.id");
        String second = items.getString("[1].assessment.id");

        assertNotEquals(first, second, "the same request twice is two assessments");
        assertNull(items.get("[2].assessment"), "a bad item is no assessment");
        for (String id : List.of(first, second)) {
            given().when().get("/api/v1/assessments/" + id).then().statusCode(200).body("id", equalTo(id));
        }
    }

    @Test
    void aSavedScenarioAssessmentHasAnIdToo() {
        String scenario = TestUsers.analyst().contentType("application/json")
                .body("{\"pack\": \"bih-nato\", \"title\": \"ids test\", \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}")
                .when().post("/api/v1/scenarios").then().statusCode(201).extract().path("id");

        Response answer = given().when().post("/api/v1/scenarios/" + scenario + "/assessments")
                .then().statusCode(200).body("id", matchesPattern(UUID_TEXT)).extract().response();

        assertEquals(answer.path("id"), answer.header("Assay-Assessment-Id"));
        given().when().get(answer.header("Location"))
                .then().statusCode(200)
                .body("measures", hasItem("MANDATE_REAUTHORISATION"))
                .body("input.EuforMission.althea.mandateActive", equalTo(false));
    }

    @Test
    void aWhatIfNamesBothItsAssessments() {
        Response answer = given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 2346}}}}")
                .when().post(PACK + "/what-if")
                .then().statusCode(200).extract().response();
        String before = answer.path("before.id");
        String after = answer.path("after.id");

        assertEquals(before + ", " + after, answer.header("Assay-Assessment-Id"));
        given().when().get("/api/v1/assessments/" + after)
                .then().statusCode(200).body("input.EuforMission.althea.troopsInCountry", equalTo(2346));
        given().when().get("/api/v1/assessments/" + before)
                .then().statusCode(200).body("input.EuforMission.althea.troopsInCountry", equalTo(1100));
    }

    @Test
    void anUnknownIdIsA404AndAMalformedOneA400NamingIt() {
        given().when().get("/api/v1/assessments/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:unknown-assessment"));
        given().when().get("/api/v1/assessments/42")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:invalid-request"))
                .body("errors[0].path", equalTo("id"))
                .body("errors[0].message", containsString("UUID"));
    }
}
