package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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

    private static ValidatableResponse post(String path, String accept, String body) {
        RequestSpecification request = given().contentType("application/json").body(body);
        return (accept == null ? request : request.header("Accept", accept)).when().post(path).then();
    }

    @Test
    void ndjsonAtQualityZeroIsRefusedInFavourOfJson() {
        post(SWEEPS, "application/x-ndjson;q=0, application/json", SWEEP).statusCode(200)
                .contentType("application/json")
                .body("variants.size()", equalTo(3));
        post(BATCH, "application/x-ndjson;q=0, application/json", "[{\"baseline\": true}]").statusCode(200)
                .contentType("application/json")
                .body("[0].status", equalTo(200));
    }

    @Test
    void theBetterQualityWins() {
        post(SWEEPS, "application/json;q=0.5, application/x-ndjson", SWEEP).statusCode(200)
                .contentType(Documented.NDJSON)
                .header("Vary", startsWith("Accept"));
        post(SWEEPS, "application/json, application/x-ndjson;q=0.9", SWEEP).statusCode(200)
                .contentType("application/json");
    }

    @Test
    void anyMediaTypeOrNoAcceptIsJson() {
        post(SWEEPS, "*/*", SWEEP).statusCode(200).contentType("application/json");
        post(BATCH, null, "[{\"baseline\": true}]").statusCode(200).contentType("application/json");
    }

    @Test
    void onlyRefusedMediaTypesAreA406Problem() {
        post(SWEEPS, "application/x-ndjson;q=0", SWEEP).statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:assay:problem:http-406"));
        post(BATCH, "application/x-ndjson;q=0, application/json;q=0", "[{\"baseline\": true}]").statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }
}
