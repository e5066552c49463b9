package org.assay.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The assessment log stays within its age and size, and an input too large to keep is logged by its hash alone. */
@QuarkusTest
@Tag("store")
class LogRetentionTest {
    private static final String LOG = "/api/v1/assessments/log";

    @Inject
    AssessmentLog log;

    @Inject
    ObjectMapper json;

    private String assess(int troops) {
        return given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": " + troops + "}}}}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false").then().statusCode(200).extract().asString();
    }

    private static List<String> loggedHashes() {
        return given().queryParam("limit", "1000").when().get(LOG).then().statusCode(200).extract().jsonPath().getList("items.inputHash");
    }

    @Test
    void pruningKeepsTheNewestEntriesWithinTheCountAndTheirInputsStillReplay() {
        for (int troops = 2001; troops <= 2004; troops++) {
            assess(troops);
        }
        List<String> newest = new ArrayList<>(loggedHashes().subList(0, 2));

        log.prune(Duration.ofDays(30), 2);

        assertEquals(newest, loggedHashes());
        given().queryParam("pack", "bih-nato").when().post(LOG + "/replay")
                .then().statusCode(200).body("replayed", equalTo(2)).body("failed", equalTo(0));
    }

    @Test
    void pruningByAgeRemovesEverythingOlderThanTheLimit() {
        assess(2100);
        log.prune(Duration.ZERO, 100_000);
        assertEquals(List.of(), loggedHashes());
    }

    @Test
    void anInputOverTheSizeLimitIsLoggedByItsHashAndReportedAsNotReplayable() throws IOException {
        ObjectNode facts = (ObjectNode) json.readTree(Path.of("rules/bih-nato/baseline.json").toFile());
        ObjectNode vetoes = facts.withObjectProperty("VetoPoint");
        for (int i = 0; i < 600; i++) {
            vetoes.set("extra-" + i, vetoes.get("entity-voting").deepCopy());
        }
        log.prune(Duration.ZERO, 100_000);
        given().contentType("application/json").body(json.createObjectNode().set("facts", facts).toString())
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false").then().statusCode(200);

        assertEquals(1, loggedHashes().size());
        given().queryParam("pack", "bih-nato").when().post(LOG + "/replay")
                .then().statusCode(200).body("failed", equalTo(1))
                .body("failures[0].reason", containsString("larger than assay.log.max-input-bytes"));
    }
}
