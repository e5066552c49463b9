package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The endpoints that answer JSON or NDJSON choose by the quality values of Accept. */
@QuarkusTest
class ContentNegotiationTest {
    private static final String SWEEP = """
            {"baseline": true, "levers": [{"path": "EuforMission.althea.troopsInCountry", "from": 0, "to": 1000, "step": 500}]}""";
    private static final String SWEEPS = "/api/v1/packs/bih-nato/sweeps";
    private static final String BATCH = "/api/v1/packs/bih-nato/assessments:batch";

    @Test
    void ndjsonAtQualityZeroIsRefusedInFavourOfJson() {
        given().contentType("application/json").header("Accept", "application/x-ndjson;q=0, application/json").body(SWEEP)
                .when().post(SWEEPS)
                .then().statusCode(200)
                .contentType("application/json")
                .body("variants.size()", equalTo(3));
        given().contentType("application/json").header("Accept", "application/x-ndjson;q=0, application/json").body("[{\"baseline\": true}]")
                .when().post(BATCH)
                .then().statusCode(200)
                .contentType("application/json")
                .body("[0].status", equalTo(200));
    }

    @Test
    void theBetterQualityWins() {
        given().contentType("application/json").header("Accept", "application/json;q=0.5, application/x-ndjson").body(SWEEP)
                .when().post(SWEEPS)
                .then().statusCode(200)
                .contentType(Documented.NDJSON)
                .header("Vary", startsWith("Accept"));
        given().contentType("application/json").header("Accept", "application/json, application/x-ndjson;q=0.9").body(SWEEP)
                .when().post(SWEEPS)
                .then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void anyMediaTypeOrNoAcceptIsJson() {
        given().contentType("application/json").header("Accept", "*/*").body(SWEEP)
                .when().post(SWEEPS)
                .then().statusCode(200).contentType("application/json");
        given().contentType("application/json").body("[{\"baseline\": true}]")
                .when().post(BATCH)
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void onlyRefusedMediaTypesAreA406Problem() {
        given().contentType("application/json").header("Accept", "application/x-ndjson;q=0").body(SWEEP)
                .when().post(SWEEPS)
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:assay:problem:http-406"));
        given().contentType("application/json").header("Accept", "application/x-ndjson;q=0, application/json;q=0").body("[{\"baseline\": true}]")
                .when().post(BATCH)
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }
}
