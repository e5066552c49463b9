package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Work whose stated size exceeds a configured bound is refused before it starts, with 422 naming the bound and the field. */
@QuarkusTest
class WorkBoundsTest {
    private static final String PACK = "/api/v1/packs/bih-nato";

    @Test
    void aBatchLongerThanItsBoundIsRefused() {
        String items = "[" + String.join(",", Collections.nCopies(10_001, "{\"baseline\": true}")) + "]";
        given().contentType("application/json").body(items)
                .when().post(PACK + "/assessments:batch")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:limit-exceeded"))
                .body("detail", equalTo("batch would assess 10001 items; assay.batch.max-items is 10000"));
    }

    @Test
    void aCounterfactualSearchAskingForMoreAssessmentsThanTheBoundIsRefused() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictBetterThan\": \"BLOCKED\"}, \"maxAssessments\": 99000000}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(422)
                .body("detail", equalTo("counterfactual search asks for maxAssessments 99000000; assay.counterfactuals.max-assessments is 500000"))
                .body("errors[0].path", equalTo("maxAssessments"));
    }
}
