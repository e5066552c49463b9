package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** With assay.security.assessments-require-auth, assessing needs a signed-in user too; health stays open. */
@QuarkusTest
@TestProfile(ClosedApiTest.Closed.class)
class ClosedApiTest {

    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.security.assessments-require-auth", "true", "assay.rules.watch", "false");
        }
    }

    @Test
    void anAssessmentIsReadByItsIdOnlyBySignedInUsersAsTheLogIs() {
        String id = HotReloadTest.author().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false")
                .then().statusCode(200).extract().path("id");

        given().when().get("/api/v1/assessments/" + id).then().statusCode(401);
        given().when().get("/api/v1/assessments/log").then().statusCode(401);
        TestUsers.analyst().when().get("/api/v1/assessments/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void anAnonymousAssessmentIsRefusedAndASignedInOneServed() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"));
        HotReloadTest.author().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false")
                .then().statusCode(200).body("verdict", equalTo("BLOCKED"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
