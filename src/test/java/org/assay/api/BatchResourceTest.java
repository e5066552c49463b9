package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BatchResourceTest {
    private static final String BATCH = "/api/v1/packs/bih-nato/assessments:batch";

    @Test
    void answersComeInRequestOrderAndABadItemFailsOnlyItself() {
        given().contentType("application/json")
                .body("[{\"baseline\": true}, {\"scenario\": \"eufor-mandate-lost\"},"
                        + " {\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": \"many\"}}}},"
                        + " {\"facts\": {}, \"changes\": {}}]")
                .when().post(BATCH)
                .then().statusCode(200)
                .body("index", equalTo(List.of(0, 1, 2, 3)))
                .body("status", equalTo(List.of(200, 200, 400, 200)))
                .body("[0].assessment.verdict", equalTo("BLOCKED"))
                .body("[1].assessment.recommendations.measure", hasItem("MANDATE_REAUTHORISATION"))
                .body("[2].problem.errors[0].path", equalTo("changes.EuforMission.althea.troopsInCountry"));
    }

    @Test
    void streamsOneAnswerPerLine() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            body.append(i == 0 ? "" : ",").append("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": ")
                    .append(i * 50).append("}}}}");
        }
        Response response = given().contentType("application/json").accept("application/x-ndjson").body(body.append("]").toString())
                .when().post(BATCH);
        assertEquals(200, response.statusCode());
        List<String> lines = response.body().asString().lines().toList();
        assertEquals(100, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith("{\"index\":" + i + ",\"status\":200"), lines.get(i).substring(0, 40));
        }
    }

    @Test
    void aBodyThatIsNotAListIsRefused() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(BATCH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("JSON array"));
        given().contentType("application/json").body("[{\"baseline\": true}]")
                .when().post("/api/v1/packs/no-such-pack/assessments:batch")
                .then().statusCode(404);
    }
}
