package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

/** Out of the box no other origin's page may read the API: a cross-origin request gets no Access-Control-Allow-Origin. * Preflight (OPTIONS) answers come from Quarkus's CORS filter, before any route, and are not in the OpenAPI document,
 * so the contract check is left out.
 */
@QuarkusTest
class CorsTest {

    @Test
    void aCrossOriginRequestIsNotAllowedByDefault() {
        given().noFilters().header("Origin", "https://analyst.example")
                .when().get("/api/v1/packs")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().noFilters().header("Origin", "https://analyst.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/packs/bih-nato/assessments")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
