package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pack id in a path is exactly a loaded pack's id: ids that climb folders, hide a NUL, change case or
 * run long are 404 or 400 problem+json at every endpoint with {@code {pack}} in its path, never a 500,
 * and never a new entry in the catalogue.
 */
@QuarkusTest
class OddPackIdTest {
    /** Sent as they are, percent-encoding included. */
    private static final List<String> IDS = List.of("..%2F", ".%2F", "%2e%2e", "%2E%2E%2Fbih-nato", "%00", "bih-nato%00",
            "%2F", "..%2F..%2Fetc", "bih-nato%2F..%2Fbih-nato", "BIH-NATO", "-bih-nato", "bih%20nato", "%C0%AE%C0%AE",
            "%252e%252e", "x".repeat(1_000));
    /** Method, path after the id, body; every endpoint under /api/v1/packs/{pack}. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET", "", null},
            new String[] {"GET", "/baseline", null},
            new String[] {"GET", "/scenarios", null},
            new String[] {"GET", "/scenarios/eufor-mandate-lost", null},
            new String[] {"POST", "/assessments", "{\"baseline\": true}"},
            new String[] {"POST", "/assessments:batch", "[{\"baseline\": true}]"},
            new String[] {"POST", "/what-if", "{\"baseline\": true, \"changes\": {}}"},
            new String[] {"POST", "/sweeps", "{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"values\": [0]}]}"},
            new String[] {"POST", "/counterfactuals", "{\"baseline\": true, \"target\": {\"verdictBetterThan\": \"BLOCKED\"}}"},
            new String[] {"POST", "/reload", null},
            new String[] {"POST", "/validate", "{\"files\": {\"x.drl\": \"package x\"}}"},
            new String[] {"POST", "/tests", null},
            new String[] {"POST", "/compare", "{\"files\": {\"x.drl\": \"package x\"}}"});

    @Test
    void everyOddIdIsRefusedAtEveryEndpointAndTheCatalogueStaysAsItWas() {
        List<String> before = catalogue();
        for (String id : IDS) {
            for (String[] endpoint : ENDPOINTS) {
                String where = endpoint[0] + " /api/v1/packs/" + id + endpoint[1];
                var request = given().urlEncodingEnabled(false).auth().preemptive().basic("author", "author-test-secret");
                if (endpoint[2] != null) {
                    request = request.contentType("application/json").body(endpoint[2]);
                }
                Response response = request.request(endpoint[0], "/api/v1/packs/" + id + endpoint[1]);
                int status = response.statusCode();
                assertTrue(status == 404 || status == 400 || status == 405, where + " answered " + status + ": " + response.asString());
                assertTrue(response.contentType().startsWith("application/problem+json"), where + " answered " + response.contentType());
            }
        }
        assertEquals(before, catalogue());
    }

    private static List<String> catalogue() {
        return given().when().get("/api/v1/packs").then().statusCode(200).extract().jsonPath().getList("id");
    }
}
