package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FragilityTest {
    private static final String ASSESS = "/api/v1/packs/bih-nato/assessments";
    private static final String REFORM_PATH = "Constitution.dayton.consensusRequiredForNato";

    @Test
    void aFindingThatRestsOnAnAssumedValueIsFlagged() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("fragility.findings.DCB_NO_TIMELINE[0].path", equalTo("DcbPackage.dcb-2023.timelinePublished"))
                .body("fragility.findings.DCB_NO_TIMELINE[0].confidence", equalTo("LOW"))
                .body("fragility.findings.DCB_NO_TIMELINE[0].source", equalTo("ASSUMED"))
                .body("fragility.findings.DCB_NO_TIMELINE[0].changedTo", equalTo(true))
                .body("fragility.findings.DCB_NO_TIMELINE[0].effect", equalTo("gone"));
    }

    @Test
    void aScenarioValueWithoutEvidenceThatCarriesTheVerdictIsFlagged() {
        given().contentType("application/json").body("{\"scenario\": \"constitutional-reform\"}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("verdict", equalTo("NOT_READY"))
                .body("fragility.verdict.path", hasItem(REFORM_PATH))
                .body("fragility.verdict.find { it.path == '" + REFORM_PATH + "' }.effect", equalTo("accession BLOCKED"))
                .body("fragility.verdict.find { it.path == '" + REFORM_PATH + "' }.confidence", nullValue());
    }

    @Test
    void evidenceInTheRequestMakesAValueNoLongerWeak() {
        given().contentType("application/json")
                .body("{\"scenario\": \"constitutional-reform\", \"evidence\": {\"" + REFORM_PATH + "\": {\"source\": \"S6\", \"confidence\": \"HIGH\","
                        + " \"note\": \"amendment adopted\"}}}")
                .when().post(ASSESS)
                .then().statusCode(200)
                .body("fragility.verdict.path", not(hasItem(REFORM_PATH)));
    }

    @Test
    void theCheckCanBeSkipped() {
        given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(ASSESS + "?fragility=false")
                .then().statusCode(200)
                .body("fragility", nullValue());
    }

    @Test
    void badEvidenceIsNamedByPath() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"evidence\": {\"EuforMission.althea.troops\": {\"confidence\": \"HIGH\"},"
                        + " \"EuforMission.althea.troopsInCountry\": {\"confidence\": \"SURE\", \"author\": \"me\"}}}")
                .when().post(ASSESS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItem("evidence.EuforMission.althea.troops"))
                .body("errors.path", hasItem("evidence.EuforMission.althea.troopsInCountry.confidence"))
                .body("errors.path", hasItem("evidence.EuforMission.althea.troopsInCountry.author"))
                .body("errors.find { it.path == 'evidence.EuforMission.althea.troops' }.message", containsString("unknown field"));
    }
}
