package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A method the path does not accept is a 405 problem whose Allow header lists the methods it does. */
@QuarkusTest
class MethodNotAllowedTest {

    @Test
    void deletingThePackListIsRefusedNamingWhatIsAllowed() {
        given().when().delete("/api/v1/packs")
                .then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("type", equalTo("urn:assay:problem:http-405"))
                .body("detail", containsString("GET, HEAD, OPTIONS"));
    }

    @Test
    void theAllowHeaderIsThePathsOwnNotItsNeighbours() {
        given().when().put("/api/v1/scenarios/some-id")
                .then().statusCode(405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH"));
        given().when().get("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(405)
                .header("Allow", equalTo("OPTIONS, POST"));
        given().when().get("/api/v1/packs/bih-nato/assessments:batch")
                .then().statusCode(405)
                .header("Allow", equalTo("OPTIONS, POST"));
        given().when().get("/api/v1/packs/bih-nato/what-if")
                .then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .header("Allow", equalTo("OPTIONS, POST"));
    }

    @Test
    void aPathThatDoesNotExistIsStillA404() {
        given().when().get("/api/v1/packs/bih-nato/no-such-thing")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().when().get("/api/v1/packs/bih-nato/scenarios/no-such-scenario")
                .then().statusCode(404)
                .body("detail", containsString("no-such-scenario"));
    }
}
