package org.assay.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Rule authoring over HTTP: the serving pack's tests, and the serving version compared with a candidate. */
@QuarkusTest
class PackTestResourceTest {

    private static RequestSpecification author() {
        return TestUsers.author();
    }

    @Test
    void onlyARuleAuthorRunsTestsOrCompares() {
        given().when().post("/api/v1/packs/bih-nato/tests").then().statusCode(401);
        given().contentType("application/json").body("{\"files\": {}}").when().post("/api/v1/packs/bih-nato/compare").then().statusCode(401);
    }

    private static final String DCB_TIMELINE_RULE = "DcbPackage(timelinePublished == false, deliveredPct == null || deliveredPct < 100)";

    private static String candidate(String from, String to) throws Exception {
        String drl = Files.readString(Path.of("rules/bih-nato/dcb.drl"));
        return new ObjectMapper().writeValueAsString(Map.of("files", Map.of("dcb.drl", drl.replace(from, to))));
    }

    @Test
    void runsTheServingPacksTestsPropertiesAndCoverage() {
        author().when().post("/api/v1/packs/bih-nato/tests").then()
                .statusCode(200)
                .body("pack", equalTo("bih-nato"))
                .body("passed", equalTo(true))
                .body("tests.status", everyItem(equalTo("PASS")))
                .body("tests.find { it.test == 'baseline' }.actual", equalTo(null))
                .body("properties.name", org.hamcrest.Matchers.hasItems("the-rs-veto-always-blocks", "security-only-changes-never-move-accession"))
                .body("properties.passed", everyItem(equalTo(true)))
                .body("coverage.percent", equalTo(100.0f))
                .body("coverage.neverFired", hasSize(0))
                .body("coverage.measuresUnchecked", hasSize(0));
    }

    @Test
    void comparesTheServingVersionWithACandidateThatIsNeverServed() throws Exception {
        author().contentType("application/json")
                .body(candidate(DCB_TIMELINE_RULE, "DcbPackage(timelinePublished == false, deliveredPct != null, deliveredPct < 100)"))
                .when().post("/api/v1/packs/bih-nato/compare").then()
                .statusCode(200)
                .body("after", not(equalTo(null)))
                .body("changes.find { it.kind == 'test' && it.name == 'baseline' }.before.test", equalTo("PASS"))
                .body("changes.find { it.kind == 'test' && it.name == 'baseline' }.after.test", equalTo("FAIL"))
                .body("changes.find { it.kind == 'test' && it.name == 'baseline' }.findingsRemoved", contains("DCB_NO_TIMELINE"))
                .body("changes.find { it.kind == 'scenario' && it.name == 'eufor-mandate-lost' }.findingsRemoved", contains("DCB_NO_TIMELINE"));
        given().contentType("application/json").body("{\"baseline\": true}").when().post("/api/v1/packs/bih-nato/assessments").then()
                .body("findings.id", hasItem("DCB_NO_TIMELINE"));
    }

    @Test
    void aCandidateThatDoesNotCompileIs422WithEachFileLineAndColumn() throws Exception {
        author().contentType("application/json").body(candidate(DCB_TIMELINE_RULE, "DcbPackage(timelinePublishd == false)"))
                .when().post("/api/v1/packs/bih-nato/compare").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:candidate-does-not-load"))
                .body("errors.path", everyItem(startsWith("dcb.drl:")))
                .body("errors.message", hasItem(containsString("timelinePublishd")));
    }

    @Test
    void aCandidateMustNameDrlFilesOfThePackFolder() {
        author().contentType("application/json").body("{\"files\": {\"../../etc/x.drl\": \"rule\", \"eufor.drl\": 3}}")
                .when().post("/api/v1/packs/bih-nato/compare").then()
                .statusCode(400)
                .body("type", equalTo("urn:assay:problem:invalid-candidate"))
                .body("errors.path", contains("files.../../etc/x.drl", "files.eufor.drl"));
    }

    @Test
    void anUnknownPackIs404() {
        author().when().post("/api/v1/packs/no-such-pack/tests").then().statusCode(404);
    }
}
