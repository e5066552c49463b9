package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Started with no packs, the service says where it looked and which setting to change, not only in its log. */
@QuarkusTest
@TestProfile(NoPacksProfile.class)
class NoPacksTest {
    private static final String WHY = "the rules directory \"" + NoPacksProfile.RULES
            + "\" (relative to the folder the service was started in) does not exist; start the service in the folder that holds it,"
            + " or set assay.rules.dir (ASSAY_RULES_DIR) to the folder of packs";

    @Test
    void healthIsDownAndSaysWhy() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'packs' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'packs' }.data.rules", equalTo(WHY));
    }

    @Test
    void anUnknownPackSaysThatNoPackWasFoundAndWhichSettingToUse() {
        given().when().get("/api/v1/packs/bih-nato")
                .then().statusCode(404)
                .body("type", equalTo("urn:assay:problem:unknown-pack"))
                .body("detail", equalTo("no pack \"bih-nato\" is loaded; " + WHY));
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(404)
                .body("detail", allOf(containsString("assay.rules.dir"), containsString(NoPacksProfile.RULES)));
    }

    @Test
    void thePageStillLoads() {
        given().when().get("/").then().statusCode(200);
        given().when().get("/api/v1/packs").then().statusCode(200).body("size()", equalTo(0));
    }
}
