package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assay.store.Database;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over HTTP, a pack with two ratings reports both side by side wherever an answer has a verdict: an assessment,
 * a what-if's diff, a sweep and a counterfactual, which may target either. Its snapshot is a base like the baseline.
 */
@QuarkusTest
@TestProfile(RatingsProfile.class)
class RatingsResourceTest {
    private static final String PACK = "/api/v1/packs/two-ratings";

    @Inject
    Database database;

    @Test
    void anAssessmentGivesEveryRatingWithItsTitleLevelAndReasons() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(PACK + "/assessments")
                .then().statusCode(200)
                .body("verdict", equalTo("LIMITED"))
                .body("ratings.access.level", equalTo("LIMITED"))
                .body("ratings.safety.level", equalTo("WATCH"))
                .body("ratings.safety.title", equalTo("Flood safety"))
                .body("ratings.safety.reasons[0].rule", equalTo("A lesser risk puts the town on watch"))
                .body("findings.find { it.id == 'LOW_LEVEE' }.rating", equalTo("safety"))
                .body("findings.find { it.id == 'LOW_RATING' }.citations", equalTo(List.of("T1", "T2")))
                .body("sources.keySet()", hasItems("T1", "T2"));
    }

    @Test
    void thePackViewListsItsRatingsAndSnapshots() {
        given().when().get(PACK)
                .then().statusCode(200)
                .body("ratings.id", equalTo(List.of("access", "safety")))
                .body("ratings[1].levels", equalTo(List.of("UNSAFE", "WATCH", "SAFE")))
                .body("snapshots[0].date", equalTo("2026-01-01"))
                .body("snapshots[0].covers", equalTo("The levee as surveyed in January 2026; the bridge as in the baseline."))
                .body("levers[0].note", equalTo("Strengthening a bridge takes a budget line"))
                .body("levers[2].infeasibleWithinMonths", equalTo(12));
    }

    @Test
    void aSnapshotIsABaseAndAnUnknownOneIsNamedAtItsMember() {
        given().contentType("application/json").body("{\"snapshot\": \"2026-01-01\"}")
                .when().post(PACK + "/assessments")
                .then().statusCode(200).body("ratings.safety.level", equalTo("UNSAFE"));
        given().when().get(PACK + "/snapshots/2026-01-01")
                .then().statusCode(200)
                .body("facts.Levee.river.breached", equalTo(true))
                .body("evidence.'Levee.river.breached'.asOf", equalTo("2026-01-01"))
                .body("evidence.'Bridge.main.ratingTonnes'.source", equalTo("T1"));
        given().when().get(PACK + "/snapshots/2025-01-01").then().statusCode(404);
        given().contentType("application/json").body("{\"snapshot\": \"2025-01-01\"}")
                .when().post(PACK + "/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].path", equalTo("snapshot"))
                .body("errors[0].message", equalTo("unknown snapshot the string \"2025-01-01\"; this pack's snapshots are: 2026-01-01"));
    }

    @Test
    void aWhatIfDiffSaysHowEachRatingMoved() {
        JsonPath diff = given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"Levee\": {\"river\": {\"breached\": true}}}}")
                .when().post(PACK + "/what-if")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("before", "WATCH", "after", "UNSAFE", "changed", true), diff.getMap("diff.ratings.safety"));
        assertEquals(false, diff.getBoolean("diff.ratings.access.changed"));
        assertEquals(false, diff.getBoolean("diff.verdict.changed"), "the headline is access, which the levee leaves alone");
    }

    @Test
    void aSweepGivesEachVariantsRatingsAndItsThresholdsTheFindingsThatAppearOrVanish() {
        JsonPath sweep = given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"Levee.river.heightM\", \"values\": [2, 4]}]}")
                .when().post(PACK + "/sweeps")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("access", "LIMITED", "safety", "SAFE"), sweep.getMap("variants[1].ratings"));
        assertEquals(List.of("WATCH", "SAFE"), sweep.getList("thresholds[0].change.ratingsChanged.safety"));
        assertEquals(List.of("LOW_LEVEE"), sweep.getList("thresholds[0].change.findingsRemoved"));
    }

    @Test
    void aCounterfactualCanTargetAnyRatingAndShowsWhyEachLeverCostsWhatItDoes() {
        JsonPath answer = given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"ratingsAtLeast\": {\"safety\": \"SAFE\"}}}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(answer.getBoolean("found"));
        assertEquals("Levee.river.heightM", answer.getString("solutions[0].changes[0].path"));
        assertEquals("Raising a levee is earthworks", answer.getString("solutions[0].changes[0].costNote"));
        assertEquals("T2", answer.getString("solutions[0].changes[0].costSource"));
        assertEquals("SAFE", answer.getString("solutions[0].ratings.safety"));
        assertEquals(Map.of("safety", "SAFE"), answer.getMap("target.ratingsAtLeast"));
    }

    @Test
    void aLeverInfeasibleWithinTheHorizonIsLeftAloneAndSaidSo() {
        JsonPath answer = given().contentType("application/json")
                .body("{\"snapshot\": \"2026-01-01\", \"target\": {\"ratingsAtLeast\": {\"safety\": \"WATCH\"}}, \"horizonMonths\": 6}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(false, answer.getBoolean("found"));
        assertTrue(answer.getString("answer").contains("no lever change tried removes LEVEE_BREACHED"), answer.getString("answer"));
        assertEquals("LEVEE_BREACHED", answer.getString("standingInTheWay[0].id"));
        assertTrue(answer.getString("search.levers.find { it.path == 'Levee.river.breached' }.note").startsWith("cannot move within the horizon of 6 months"));

        given().contentType("application/json")
                .body("{\"snapshot\": \"2026-01-01\", \"target\": {\"ratingsAtLeast\": {\"safety\": \"WATCH\"}}, \"horizonMonths\": 24}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(200).body("found", equalTo(true))
                .body("solutions[0].changes[0].path", equalTo("Levee.river.breached"));
    }

    @Test
    void theLogKeepsEveryRatingAndAReplayNoticesARatingThatMovesBehindAnUnchangedVerdict() {
        given().contentType("application/json").body("{\"baseline\": true}").when().post(PACK + "/assessments").then().statusCode(200);
        given().queryParam("pack", "two-ratings").queryParam("verdict", "LIMITED")
                .when().get("/api/v1/assessments/log")
                .then().statusCode(200)
                .body("items[0].ratings", equalTo(Map.of("access", "LIMITED", "safety", "WATCH")));

        // given an older version judged the baseline SAFE on safety, with the same verdict and measures
        String baseline = given().when().get(PACK + "/baseline").then().statusCode(200).extract().asString();
        String hash = Integer.toHexString(baseline.hashCode());
        database.inTransaction(c -> {
            try (var input = c.prepareStatement("INSERT INTO assessment_input (input_hash, input_json) VALUES (?, ?)")) {
                input.setString(1, hash);
                input.setString(2, baseline);
                input.executeUpdate();
            }
            try (var entry = c.prepareStatement("INSERT INTO assessment_log (pack, pack_version, input_hash, verdict, measures_json,"
                    + " duration_micros, assessed_at, ratings_json) VALUES ('two-ratings', '0ld', ?, 'LIMITED', '[\"RAISE_LEVEE\",\"STRENGTHEN\"]',"
                    + " 1000, ?, '{\"access\":\"LIMITED\",\"safety\":\"SAFE\"}')")) {
                entry.setString(1, hash);
                entry.setObject(2, java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z"));
                return entry.executeUpdate();
            }
        });

        given().queryParam("pack", "two-ratings").queryParam("from", "2020-01-01").queryParam("to", "2020-01-02")
                .when().post("/api/v1/assessments/log/replay")
                .then().statusCode(200)
                .body("changed", equalTo(1))
                .body("changes[0].before.ratings.safety", equalTo("SAFE"))
                .body("changes[0].after.ratings.safety", equalTo("WATCH"));
        given().queryParam("pack", "two-ratings").queryParam("verdict", "WATCH")
                .when().get("/api/v1/assessments/log")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("expected one of [CLOSED, LIMITED, OPEN], got \"WATCH\""));
    }

    @Test
    void aTargetOnAnUnknownRatingOrLevelIsNamedAtItsPath() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"ratingsAtLeast\": {\"saftey\": \"SAFE\", \"access\": \"GREEN\"}}}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItem("target.ratingsAtLeast.saftey"))
                .body("errors.path", hasItem("target.ratingsAtLeast.access"))
                .body("errors.find { it.path == 'target.ratingsAtLeast.access' }.message",
                        equalTo("expected one of [CLOSED, LIMITED, OPEN] (rating \"access\"), got \"GREEN\""));
    }
}
