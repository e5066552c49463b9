package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A saved scenario as the base of assessments, what-ifs, sweeps and counterfactuals, and two compared. */
@QuarkusTest
@Tag("store")
class SavedBaseTest {
    private static final String PACK = "/api/v1/packs/bih-nato";

    private static String save(String body) {
        String location = TestUsers.analyst().contentType("application/json").body(body)
                .when().post("/api/v1/scenarios")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String mandateLost() {
        return save("{\"pack\": \"bih-nato\", \"title\": \"Mandate lost\","
                + " \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}");
    }

    @Test
    void aSavedScenarioIsABaseForAssessmentsAndChangesGoOnTop() {
        String id = mandateLost();
        given().contentType("application/json").body("{\"saved\": \"" + id + "\"}")
                .when().post(PACK + "/assessments")
                .then().statusCode(200)
                .body("recommendations.measure", hasItem("MANDATE_REAUTHORISATION"));
        given().contentType("application/json")
                .body("{\"saved\": \"" + id + "\", \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": true}}}}")
                .when().post(PACK + "/assessments")
                .then().statusCode(200)
                .body("findings.id", not(hasItem("EUFOR_MANDATE_LOST")));
    }

    @Test
    void aWhatIfASweepAndACounterfactualStartFromASavedScenario() {
        String id = mandateLost();
        given().contentType("application/json")
                .body("{\"saved\": \"" + id + "\", \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": true}}}}")
                .when().post(PACK + "/what-if")
                .then().statusCode(200)
                .body("diff.findings.removed.id", hasItem("EUFOR_MANDATE_LOST"))
                .body("diff.measures.removed.measure", hasItem("MANDATE_REAUTHORISATION"));
        given().contentType("application/json")
                .body("{\"saved\": \"" + id + "\", \"levers\": [{\"path\": \"EuforMission.althea.mandateActive\"}]}")
                .when().post(PACK + "/sweeps")
                .then().statusCode(200)
                .body("variants.find { it.values['EuforMission.althea.mandateActive'] == false }.measures", org.hamcrest.Matchers.hasKey("MANDATE_REAUTHORISATION"));
        given().contentType("application/json")
                .body("{\"saved\": \"" + id + "\", \"target\": {\"measuresGone\": [\"MANDATE_REAUTHORISATION\"]}}")
                .when().post(PACK + "/counterfactuals")
                .then().statusCode(200)
                .body("found", equalTo(true))
                .body("solutions[0].changes[0].path", equalTo("EuforMission.althea.mandateActive"))
                .body("solutions[0].verified", equalTo(true));
    }

    @Test
    void anUnknownSavedScenarioOrOneGivenWithAnotherBaseIsNamed() {
        given().contentType("application/json").body("{\"saved\": \"no-such-id\"}")
                .when().post(PACK + "/assessments")
                .then().statusCode(400)
                .body("errors[0].path", equalTo("saved"))
                .body("errors[0].message", containsString("no saved scenario"));
        given().contentType("application/json").body("{\"saved\": \"" + mandateLost() + "\", \"baseline\": true}")
                .when().post(PACK + "/assessments")
                .then().statusCode(400)
                .body("errors.path", hasItem("baseline"));
    }

    @Test
    void twoSavedScenariosCompareLikeAWhatIf() {
        String lost = mandateLost();
        String pact = save("{\"pack\": \"bih-nato\", \"title\": \"Pact signed\","
                + " \"changes\": {\"SecurityGuarantee\": {\"new-security-pact\": {\"signed\": true}}}}");
        given().when().get("/api/v1/scenarios/" + lost + "/compare/" + pact)
                .then().statusCode(200)
                .body("before.findings.id", hasItem("EUFOR_MANDATE_LOST"))
                .body("diff.findings.removed.id", hasItem("EUFOR_MANDATE_LOST"))
                .body("diff.findings.added.id", hasItem("SECURITY_PACT_IN_FORCE"))
                .body("diff.changedFacts.path", hasItem("EuforMission.althea.mandateActive"));
        given().when().get("/api/v1/scenarios/" + lost + "/compare/nope")
                .then().statusCode(404);
    }
}
