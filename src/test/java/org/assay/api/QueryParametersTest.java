package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** A malformed query parameter is a 400 problem that names it, on every route. */
@QuarkusTest
class QueryParametersTest {

    @Test
    void aBooleanThatIsNeitherTrueNorFalseIsNamed() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=maybe")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:assay:problem:invalid-request"))
                .body("errors[0].path", equalTo("fragility"))
                .body("errors[0].message", containsString("true or false"));
        given().contentType("application/json").body("[{\"baseline\": true}]")
                .when().post("/api/v1/packs/bih-nato/assessments:batch?fragility=1")
                .then().statusCode(400)
                .body("errors[0].path", equalTo("fragility"));
    }

    @Test
    void trueAndFalseStillRead() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false")
                .then().statusCode(200)
                .body("fragility", equalTo(null));
    }

    @Test
    void theQueryReachesABatchWhoseColonIsPercentEncoded() {
        given().urlEncodingEnabled(false).contentType("application/json").body("[{\"baseline\": true}]")
                .when().post("/api/v1/packs/bih-nato/assessments%3Abatch?fragility=true")
                .then().statusCode(200)
                .body("[0].assessment.fragility", notNullValue());
    }

    @Test
    void aBadPageIsNamed() {
        given().when().get("/api/v1/assessments/log?limit=abc")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].path", equalTo("limit"));
        given().when().get("/api/v1/assessments/log?offset=-1")
                .then().statusCode(400)
                .body("errors[0].path", equalTo("offset"));
        given().when().get("/api/v1/scenarios?limit=abc")
                .then().statusCode(400)
                .body("errors[0].path", equalTo("limit"));
    }
}
