package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@Tag("store")
@TestProfile(AssessmentLogDisabledTest.LogOff.class)
class AssessmentLogDisabledTest {

    public static class LogOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.log.enabled", "false");
        }
    }

    @Test
    void withTheLogSwitchedOffNothingIsLogged() {
        Instant before = Instant.now().minusSeconds(1);
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(200).body("verdict", equalTo("BLOCKED"));
        given().queryParam("from", before.toString())
                .when().get("/api/v1/assessments/log")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }
}
