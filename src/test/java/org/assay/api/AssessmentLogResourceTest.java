package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assay.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@Tag("store")
class AssessmentLogResourceTest {
    private static final String ASSESS = "/api/v1/packs/bih-nato/assessments";
    private static final String LOG = "/api/v1/assessments/log";
    private static final String ARMED = "{\"baseline\": true, \"changes\": {\"SecessionIndicators\": {\"rs\": {\"armedFormations\": true}}}}";

    @Inject
    Database database;

    @Test
    void everyAssessmentServedIsLoggedAndFoundByPackVerdictAndTime() {
        Instant before = Instant.now().minusSeconds(1);
        String version = given().contentType("application/json").body(ARMED)
                .when().post(ASSESS)
                .then().statusCode(200).extract().path("packVersion");

        String hash = given().queryParam("pack", "bih-nato").queryParam("verdict", "BLOCKED").queryParam("from", before.toString())
                .when().get(LOG)
                .then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items[0].pack", equalTo("bih-nato"))
                .body("items[0].packVersion", equalTo(version))
                .body("items[0].verdict", equalTo("BLOCKED"))
                .body("items[0].measures", hasItem("CONSTITUTIONAL_REFORM"))
                .body("items[0].inputHash", matchesPattern("[0-9a-f]{64}"))
                .body("items[0].durationMicros", greaterThan(0))
                .extract().path("items[0].inputHash");

        given().queryParam("pack", "bih-nato").queryParam("verdict", "READY").queryParam("from", before.toString())
                .when().get(LOG)
                .then().statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("pack", "bih-nato").queryParam("to", before.toString())
                .when().get(LOG)
                .then().statusCode(200)
                .body("items.inputHash", not(hasItem(hash)));
    }

    @Test
    void theSameFactsReachedByAnyRouteLogTheSameInputHash() {
        Instant before = Instant.now().minusSeconds(1);
        String baseline = given().when().get("/api/v1/packs/bih-nato/baseline").then().extract().asString();
        given().contentType("application/json").body("{\"baseline\": true}").when().post(ASSESS).then().statusCode(200);
        given().contentType("application/json").body("{\"facts\": " + baseline + "}").when().post(ASSESS).then().statusCode(200);
        given().queryParam("pack", "bih-nato").queryParam("from", before.toString()).queryParam("limit", 2)
                .when().get(LOG)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].inputHash", equalTo(given().queryParam("pack", "bih-nato").queryParam("from", before.toString())
                        .queryParam("limit", 1).queryParam("offset", 1).get(LOG).path("items[0].inputHash")));
    }

    @Test
    void aWhatIfLogsItsTwoAssessmentsWhileASweepAndAReplayLogNone() {
        long logged = logged();

        // Facts no other test sends, so that no other test finds them in the log.
        given().contentType("application/json").body("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 4321}}}}")
                .when().post("/api/v1/packs/bih-nato/what-if").then().statusCode(200);
        assertEquals(logged + 2, logged(), "a what-if's before and after are assessments the user asked for");

        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"values\": [0, 1000]}]}")
                .when().post("/api/v1/packs/bih-nato/sweeps").then().statusCode(200);
        given().queryParam("pack", "bih-nato").queryParam("limit", 5).when().post(LOG + "/replay").then().statusCode(200);
        assertEquals(logged + 2, logged(), "a sweep's variants and a replay's re-assessments are not logged");
    }

    private static long logged() {
        return given().queryParam("pack", "bih-nato").queryParam("limit", 1).when().get(LOG)
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("verdict", "MAYBE").queryParam("from", "yesterday").queryParam("limit", "0")
                .when().get(LOG)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.path", hasItems("verdict", "from", "limit"))
                .body("errors.find { it.path == 'verdict' }.message", containsString("NOT_READY"));
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get(LOG)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("to"));
        given().when().post(LOG + "/replay")
                .then().statusCode(400)
                .body("errors[0].path", equalTo("pack"));
    }

    @Test
    void replayShowsWhichLoggedVerdictsTheCurrentRulesWouldChange() {
        // given the log holds the baseline as an older rule version judged it (READY, no measures),
        // and an input with a fact type the pack no longer declares
        String baseline = given().when().get("/api/v1/packs/bih-nato/baseline").then().statusCode(200).extract().asString();
        Instant at = Instant.parse("2020-01-01T00:00:00Z");
        String id = UUID.randomUUID().toString();
        insertLog(id, "0ld-version", baseline, "READY", "[]", at);
        insertLog(null, "0ld-version", "{\"Weather\":{\"sarajevo\":{\"rain\":true}}}", "BLOCKED", "[]", at.plusSeconds(1));

        // when the log of that day is replayed
        given().queryParam("pack", "bih-nato").queryParam("from", "2020-01-01").queryParam("to", "2020-01-02")
                .when().post(LOG + "/replay")
                .then().statusCode(200)
                .body("replayed", equalTo(2))
                .body("changed", equalTo(1))
                .body("failed", equalTo(1))
                .body("changes[0].id", equalTo(id))
                .body("changes[0].packVersion", equalTo("0ld-version"))
                .body("changes[0].before.verdict", equalTo("READY"))
                .body("changes[0].after.verdict", equalTo("BLOCKED"))
                .body("changes[0].measuresAdded", hasItem("CONSTITUTIONAL_REFORM"))
                .body("failures[0].reason", containsString("Weather"))
                .body("failures[0].id", nullValue());
    }

    /** @param id the assessment's id, or null for an entry logged before assessments had ids */
    private void insertLog(String id, String version, String input, String verdict, String measures, Instant at) {
        String hash = Integer.toHexString(input.hashCode());
        database.inTransaction(c -> {
            try (var known = c.prepareStatement("SELECT COUNT(*) FROM assessment_input WHERE input_hash = ?")) {
                known.setString(1, hash);
                try (var rs = known.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        try (var insert = c.prepareStatement("INSERT INTO assessment_input (input_hash, input_json) VALUES (?, ?)")) {
                            insert.setString(1, hash);
                            insert.setString(2, input);
                            insert.executeUpdate();
                        }
                    }
                }
            }
            try (var insert = c.prepareStatement("INSERT INTO assessment_log (pack, pack_version, input_hash, verdict,"
                    + " measures_json, duration_micros, assessed_at, assessment_id) VALUES ('bih-nato', ?, ?, ?, ?, 1000, ?, ?)")) {
                insert.setString(1, version);
                insert.setString(2, hash);
                insert.setString(3, verdict);
                insert.setString(4, measures);
                insert.setObject(5, OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                insert.setString(6, id);
                return insert.executeUpdate();
            }
        });
    }
}
