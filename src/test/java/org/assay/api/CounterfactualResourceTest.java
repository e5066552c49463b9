package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CounterfactualResourceTest {
    private static final String COUNTERFACTUALS = "/api/v1/packs/bih-nato/counterfactuals";
    private static final String LOG = "/api/v1/assessments/log";

    @Test
    @Tag("store")
    void aSearchChecksItsAnswersWithoutLoggingOrCountingThemAsAssessments() {
        long logged = loggedAssessments();
        double counted = countedAssessments();

        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictBetterThan\": \"BLOCKED\"}}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(200)
                .body("solutions.size()", greaterThan(1))
                .body("solutions.verified", everyItem(equalTo(true)));

        assertEquals(logged, loggedAssessments(), "the assessment log holds what users asked to assess");
        assertEquals(counted, countedAssessments(), "assay_assessments_total counts what users asked to assess");
        given().contentType("application/json").body("{\"baseline\": true}").when().post("/api/v1/packs/bih-nato/assessments")
                .then().statusCode(200);
        assertEquals(logged + 1, loggedAssessments(), "an assessment asked for is logged");
        assertEquals(counted + 1, countedAssessments(), "an assessment asked for is counted");
    }

    private static long loggedAssessments() {
        return given().queryParam("pack", "bih-nato").queryParam("limit", 1).when().get(LOG)
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static double countedAssessments() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("assay_assessments_total{") && line.contains("pack=\"bih-nato\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void theCheapestWayOutOfBlockedReallyUnblocksWhenPostedAsChanges() {
        JsonPath answer = given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictBetterThan\": \"BLOCKED\"}}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(200)
                .body("found", equalTo(true))
                .body("search.complete", equalTo(true))
                .body("solutions.verified", everyItem(equalTo(true)))
                .body("solutions.verdict", everyItem(not(equalTo("BLOCKED"))))
                .extract().jsonPath();
        assertEquals(answer.getFloat("solutions[0].cost"), answer.getFloat("search.noAnswerBelowCost"));
        List<Float> costs = answer.getList("solutions.cost", Float.class);
        assertEquals(costs.stream().sorted().toList(), costs, "cheapest first");
        List<Map<String, Object>> solutions = answer.getList("solutions");
        assertFalse(solutions.isEmpty());
        for (Map<String, Object> solution : solutions) {
            String verdict = given().contentType("application/json").body(solution.get("request"))
                    .when().post("/api/v1/packs/bih-nato/assessments")
                    .then().statusCode(200).extract().path("verdict");
            assertNotEquals("BLOCKED", verdict);
        }
    }

    @Test
    void aFindingCanBeTheTargetAndOnlyTheNamedLeversMove() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"findingsGone\": [\"RS_VETO\"]},"
                        + " \"levers\": [\"Constitution.dayton.consensusRequiredForNato\", \"SecurityGuarantee.new-security-pact.signed\"]}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(200)
                .body("found", equalTo(true))
                .body("solutions[0].changes.path", equalTo(List.of("Constitution.dayton.consensusRequiredForNato")))
                .body("solutions[0].changes[0].to", equalTo(false))
                .body("solutions[0].cost", equalTo(30.0f));
    }

    @Test
    void securityLeversAloneNeverClearThePoliticalBlockers() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictAtLeast\": \"NOT_READY\"}, \"levers\": [\"SecurityGuarantee.new-security-pact.signed\","
                        + " \"EuforMission.althea.troopsInCountry\", \"DefenceResources.afbih.milexPctGdp\", \"IntelSharing.naples-eufor.directLink\"]}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(200)
                .body("found", equalTo(false))
                .body("search.complete", equalTo(true))
                .body("answer", containsString("no combination"));
    }

    @Test
    void aSearchStoppedByItsBoundSaysHowFarItGot() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictAtLeast\": \"READY\"}, \"maxAssessments\": 50}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(200)
                .body("found", equalTo(false))
                .body("search.complete", equalTo(false))
                .body("answer", containsString("bound"));
    }

    @Test
    void aTargetTheBaseMeetsNeedsNoChange() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictAtLeast\": \"BLOCKED\"}}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(200)
                .body("found", equalTo(true))
                .body("answer", containsString("no change is needed"));
    }

    @Test
    void aTargetNamesOnlyFindingsOfTheKindsThePackAllows() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"findingsGone\": [\"RS_VETO\", \"NATO_PATH\"]}}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", equalTo(List.of("target.findingsGone[1]")))
                .body("errors[0].message", containsString("NATO_PATH\" is a STRENGTH"))
                .body("errors[0].message", containsString("analysis.targetKinds"));
    }

    @Test
    void theDocumentNamesTheConfiguredLimitsWithoutADefaultAClientWouldSend() {
        // A generated client sends a documented default on every request; one above a limit the operator lowered would be refused.
        JsonPath schema = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .setRootPath("components.schemas.CounterfactualRequest.properties");
        assertNull(schema.get("maxChanges.default"));
        assertNull(schema.get("maxAssessments.default"));
        assertTrue(schema.getString("maxChanges.description")
                .contains(ConfigProvider.getConfig().getValue("assay.counterfactuals.max-changes", String.class)));
        assertTrue(schema.getString("maxAssessments.description")
                .contains(ConfigProvider.getConfig().getValue("assay.counterfactuals.max-assessments", String.class)));
    }

    @Test
    void faultsAreNamedByTheirPlace() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictAtLeast\": \"GREAT\", \"measuresGone\": [\"WORLD_PEACE\"], \"colour\": 1},"
                        + " \"levers\": [\"EuforMission.althea.heavyWeapons\"], \"maxChanges\": 0}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItem("target.verdictAtLeast"))
                .body("errors.path", hasItem("target.measuresGone[0]"))
                .body("errors.path", hasItem("target.colour"))
                .body("errors.path", hasItem("levers[0]"))
                .body("errors.path", hasItem("maxChanges"))
                .body("errors.find { it.path == 'levers[0]' }.message", containsString("not a lever declared in pack.yaml"));
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("target"));
    }

    @Test
    void repeatedOrEmptyLeverListsAreRefusedAndLeversOnAnInstanceTheChangesRemoveAreLeftOut() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictBetterThan\": \"BLOCKED\"},"
                        + " \"levers\": [\"Actor.rs-leadership.stanceOnNato\", \"Actor.rs-leadership.stanceOnNato\"]}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("levers[1]"))
                .body("errors[0].message", containsString("already listed"));
        given().contentType("application/json")
                .body("{\"baseline\": true, \"target\": {\"verdictBetterThan\": \"BLOCKED\"}, \"levers\": []}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("levers"));
        given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"SecurityGuarantee\": {\"new-security-pact\": null}},"
                        + " \"target\": {\"findingsGone\": [\"RS_VETO\"]}}")
                .when().post(COUNTERFACTUALS)
                .then().statusCode(200)
                .body("found", equalTo(true))
                .body("search.levers.find { it.path == 'SecurityGuarantee.new-security-pact.signed' }.note", containsString("no such instance"));
    }
}
