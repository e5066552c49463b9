package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** No answer carries the server's own paths: files are named relative to the rules folder, like bih-nato/rules.drl. */
@QuarkusTest
@TestProfile(AbsoluteRulesDirProfile.class)
class ServerPathsTest {
    private static final String SERVER_PATH = AbsoluteRulesDirProfile.RULES.toString();

    @Test
    void packStatusNamesFilesRelativeToTheRulesFolder() {
        given().when().get("/api/v1/packs")
                .then().statusCode(200)
                .body(containsString("broken-syntax/rules.drl:6:"))
                .body(containsString("bad-levers/pack.yaml"))
                .body(not(containsString(SERVER_PATH)));
        given().when().get("/api/v1/packs/broken-syntax").then().statusCode(200).body(not(containsString(SERVER_PATH)));
        given().when().get("/api/v1/packs/bih-nato").then().statusCode(200)
                .body(containsString("bih-nato/")).body(not(containsString(SERVER_PATH)));
    }

    @Test
    void healthAndProblemsNameNoServerPath() {
        given().when().get("/q/health/ready").then().body(not(containsString(SERVER_PATH)));
        given().contentType("application/json").body("{\"facts\": {}}")
                .when().post("/api/v1/packs/broken-syntax/assessments")
                .then().statusCode(503).body(not(containsString(SERVER_PATH)));
    }

    @Test
    void validationErrorsNameTheFileRelativeToTheRulesFolder() {
        given().auth().preemptive().basic("author", "author-test-secret").contentType("application/json")
                .body("{\"files\": {\"eufor.drl\": \"package x\\nrule \\\"r\\\" when then nonsense( end\"}}")
                .when().post("/api/v1/packs/bih-nato/validate")
                .then().statusCode(200)
                .body(containsString("bih-nato/eufor.drl"))
                .body(not(containsString(SERVER_PATH)));
    }
}
