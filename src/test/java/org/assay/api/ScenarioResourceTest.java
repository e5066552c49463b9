package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ScenarioResourceTest {
    private static final String ASSESS = "/api/v1/packs/bih-nato/assessments";

    @Test
    void listsTheNamedScenarios() {
        given().when().get("/api/v1/packs/bih-nato/scenarios")
                .then().statusCode(200)
                .body("name", hasItems("secession-escalation", "constitutional-reform", "eufor-mandate-lost",
                        "security-pact-signed", "dcb-delivered", "leadership-change"));
    }

    @Test
    void runsAScenarioByName() {
        given().contentType("application/json").body("{\"scenario\": \"eufor-mandate-lost\"}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("findings.id", hasItem("EUFOR_MANDATE_LOST"))
                .body("recommendations.measure", hasItem("MANDATE_REAUTHORISATION"));
    }

    @Test
    void changesApplyOnTopOfAScenario() {
        given().contentType("application/json")
                .body("{\"scenario\": \"eufor-mandate-lost\", \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": true}}}}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("findings.id", not(hasItem("EUFOR_MANDATE_LOST")));
    }

    @Test
    void anUnknownScenarioListsTheKnownOnes() {
        given().contentType("application/json").body("{\"scenario\": \"alien-invasion\"}")
                .when().post(ASSESS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("scenario"))
                .body("errors[0].message", containsString("leadership-change"));
        given().when().get("/api/v1/packs/bih-nato/scenarios/alien-invasion")
                .then().statusCode(404).body("detail", containsString("alien-invasion"));
    }
}
