package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AssessmentResourceTest {
    private static final String ASSESS = "/api/v1/packs/bih-nato/assessments";

    @Test
    void theBaselineIsBlockedByTheRsLeadershipsVeto() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("pack", equalTo("bih-nato"))
                .body("packVersion", notNullValue())
                .body("verdict", equalTo("BLOCKED"))
                .body("findings.findAll { it.kind == 'BLOCKER' }.id", contains("RS_VETO"))
                .body("ratings.accession.level", equalTo("BLOCKED"))
                .body("ratings.security.level", equalTo("SERIOUS"))
                .body("findings.rule", everyItem(notNullValue()))
                .body("findings.source", everyItem(notNullValue()))
                .body("recommendations.measure", hasItems("CONSTITUTIONAL_REFORM", "NEW_SECURITY_PACT", "EUFOR_REINFORCEMENT",
                        "INTELLIGENCE_SHARING", "DCB_OVERSIGHT", "DEFENCE_INDUSTRY_INVESTMENT"))
                .body("recommendations.measure", not(hasItem("EUFOR_RESERVE_ACTIVATION")))
                .body("trace.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aSignedSecurityPactDoesNotClearTheVeto() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"SecurityGuarantee\": {\"new-security-pact\": {\"signed\": true, \"members\": [\"United States\", \"United Kingdom\", \"Turkey\", \"Norway\"]}}}}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCKED"))
                .body("findings.id", hasItem("RS_VETO"))
                .body("recommendations.measure", not(hasItem("NEW_SECURITY_PACT")));
    }

    @Test
    void aMemberSentAsNullIsOneLeftOut() {
        // What a client generated from the document sends for every optional member its caller did not set.
        given().contentType("application/json").body("{\"baseline\": true, \"facts\": null, \"changes\": null, \"evidence\": null}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCKED"));
        given().contentType("application/json").body("{\"baseline\": true, \"changes\": null}")
                .when().post("/api/v1/packs/bih-nato/what-if")
                .then().statusCode(400)
                .body("errors.path", contains("changes"))
                .body("errors[0].message", startsWith("missing"));
    }

    @Test
    void anEscalationCallsForTheReserves() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"SecessionIndicators\": {\"rs\": {\"referendumScheduled\": true}}}}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("recommendations.measure", hasItem("EUFOR_RESERVE_ACTIVATION"));
    }

    @Test
    void changesPatchAWholeFactSet() {
        given().contentType("application/json")
                .body("""
                        {"facts": {"Constitution": {"dayton": {"consensusRequiredForNato": true}},
                                   "Actor": {"rs-leadership": {"stanceOnNato": "OPPOSED"}},
                                   "VetoPoint": {"entity-voting": {"holder": "RS", "heldBy": "rs-leadership", "active": true}}},
                         "changes": {"VetoPoint": {"entity-voting": {"active": false}}}}""")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("findings.id", not(hasItem("RS_VETO")));
    }

    @Test
    void faultsInTheFactsAreAllNamedByPath() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": \"many\", \"tanks\": 3}}, \"Weather\": {}}}")
                .when().post(ASSESS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:invalid-facts"))
                .body("errors.path", hasItems("changes.EuforMission.althea.troopsInCountry", "changes.EuforMission.althea.tanks", "changes.Weather"))
                .body("errors.find { it.path == 'changes.EuforMission.althea.troopsInCountry' }.message", startsWith("expected an integer"));
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"Actor\": {\"rs-leadership\": {\"stanceOnNato\": \"HOSTILE\"}}}}")
                .when().post(ASSESS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("changes.Actor.rs-leadership.stanceOnNato"))
                .body("errors[0].message", containsString("OPPOSED, NEUTRAL, SUPPORTIVE"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        given().contentType("application/json").body("[1, 2]")
                .when().post(ASSESS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("expected an object"));
    }

    @Test
    void malformedJsonSaysWhere() {
        given().contentType("application/json").body("{\"baseline\": tru")
                .when().post(ASSESS)
                .then().statusCode(400)
                .body("type", equalTo("urn:assay:problem:malformed-json"))
                .body("errors[0].path", startsWith("line 1"));
    }

    @Test
    void deeplyNestedJsonIsRefusedNotCrashedOn() {
        given().contentType("application/json").body("[".repeat(100_000))
                .when().post(ASSESS)
                .then().statusCode(400)
                .body("errors[0].message", containsString("nesting depth"));
        given().contentType("application/json").body("{\"baseline\": true}").when().post(ASSESS).then().statusCode(200);
    }

    @Test
    void anOversizedBodyGets413() {
        given().contentType("application/json").body(" ".repeat(2 * 1024 * 1024))
                .when().post(ASSESS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("exceeds the limit"));
    }

    @Test
    void anUnknownPackIs404() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/no-such-pack/assessments")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-pack"));
    }

    @Test
    void aTypoInARequestMemberIsNotIgnored() {
        given().contentType("application/json").body("{\"baseline\": true, \"chanegs\": {}}")
                .when().post(ASSESS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("chanegs"));
    }
}
