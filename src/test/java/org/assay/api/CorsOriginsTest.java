package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** With origins named, a page from one of them may call the API, and a page from anywhere else may not. * Preflight (OPTIONS) answers come from Quarkus's CORS filter, before any route, and are not in the OpenAPI document,
 * so the contract check is left out.
 */
@QuarkusTest
@TestProfile(CorsOriginsProfile.class)
class CorsOriginsTest {

    @Test
    void aNamedOriginIsAllowed() {
        given().noFilters().header("Origin", CorsOriginsProfile.ALLOWED)
                .when().get("/api/v1/packs")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CorsOriginsProfile.ALLOWED));
        given().noFilters().header("Origin", CorsOriginsProfile.ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .when().options("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CorsOriginsProfile.ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void anotherOriginIsNot() {
        given().noFilters().header("Origin", "https://elsewhere.example")
                .when().get("/api/v1/packs")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().noFilters().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/packs/bih-nato/assessments")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
