package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
class EchoResourceTest {

    @Test
    void theBenchmarkEchoIsAbsentOutsideTheBenchProfile() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/bench/echo")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
