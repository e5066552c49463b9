package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** With origins named, a page from one of them may call the API, and a page from anywhere else may not. */
@QuarkusTest
@TestProfile(CorsOriginsProfile.class)
class CorsOriginsTest {

    @Test
    void aNamedOriginIsAllowed() {
        given().header("Origin", CorsOriginsProfile.ALLOWED)
                .when().get("/api/v1/packs")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CorsOriginsProfile.ALLOWED));
        given().header("Origin", CorsOriginsProfile.ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .when().options("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CorsOriginsProfile.ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void anotherOriginIsNot() {
        given().header("Origin", "https://elsewhere.example")
                .when().get("/api/v1/packs")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/packs/bih-nato/assessments")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
