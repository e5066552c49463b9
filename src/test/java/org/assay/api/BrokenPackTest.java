package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestProfile(BrokenPackProfile.class)
class BrokenPackTest {

    @Test
    void theServiceStartsAndServesTheGoodPack() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(200).body("verdict", equalTo("BLOCKED"));
    }

    @Test
    void theBrokenPackIsListedWithFileAndLine() {
        given().when().get("/api/v1/packs")
                .then().statusCode(200)
                .body("find { it.id == 'broken-syntax' }.status", equalTo("FAILED"))
                .body("find { it.id == 'broken-syntax' }.errors[0]", containsString("broken-syntax/rules.drl:6:"));
        given().when().get("/api/v1/packs/broken-syntax")
                .then().statusCode(200)
                .body("errors[0]", containsString("mismatched input 'then'"));
    }

    @Test
    void assessingTheBrokenPackSaysWhyItIsNotServed() {
        given().contentType("application/json").body("{\"facts\": {}}")
                .when().post("/api/v1/packs/broken-syntax/assessments")
                .then().statusCode(503).contentType("application/problem+json")
                .body("errors[0].path", containsString("rules.drl:6"));
    }

    @Test
    void runawayRulesGet422NamingTheLoopingRuleAndTheServiceKeepsServing() {
        given().contentType("application/json").body("{\"facts\": {\"Counter\": {\"c\": {\"value\": 0}}}}")
                .when().post("/api/v1/packs/runaway/assessments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:fire-limit"))
                .body("errors[0].message", startsWith("Counting up re-activates itself"));
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments").then().statusCode(200);
    }
}
