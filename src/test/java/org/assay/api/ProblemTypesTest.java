package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.assay.api.TestUsers.analyst;
import static org.assay.api.TestUsers.author;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Problems a client tells apart by their type: an unknown pack is one problem at every door, and a
 * scenario to save that names one is another (a saved scenario whose pack has gone assesses as an
 * unknown pack, see {@link SavedScenarioResourceTest}).
 */
@QuarkusTest
class ProblemTypesTest {
    private static final String NOWHERE = "/api/v1/packs/no-such-pack";
    private static final String BASELINE = "{\"baseline\": true}";
    private static final String FILES = "{\"files\": {\"eufor.drl\": null}}";

    @Test
    void anUnknownPackIsTheSameProblemAtEveryDoor() {
        List<Function<RequestSpecification, io.restassured.response.Response>> doors = List.of(
                r -> r.get(NOWHERE),
                r -> r.get(NOWHERE + "/baseline"),
                r -> r.get(NOWHERE + "/scenarios"),
                r -> r.body(BASELINE).post(NOWHERE + "/assessments"),
                r -> r.body("{\"baseline\": true, \"changes\": {}}").post(NOWHERE + "/what-if"),
                r -> r.body("{\"baseline\": true, \"target\": {\"verdictAtLeast\": \"READY\"}}").post(NOWHERE + "/counterfactuals"),
                r -> r.body("{\"baseline\": true, \"axes\": [{\"path\": \"A.b.c\", \"values\": [1]}]}").post(NOWHERE + "/sweeps"),
                r -> r.body("[" + BASELINE + "]").post(NOWHERE + "/assessments:batch"),
                r -> r.body(FILES).post(NOWHERE + "/validate"),
                r -> r.body(FILES).post(NOWHERE + "/compare"),
                r -> r.post(NOWHERE + "/tests"),
                r -> r.post(NOWHERE + "/reload"));
        for (Function<RequestSpecification, io.restassured.response.Response> door : doors) {
            unknownPack(door.apply(author().contentType("application/json").when()).then());
        }
    }

    @Test
    void savingAScenarioForAnUnknownPackIsAProblemOfItsOwn() {
        analyst().contentType("application/json").body("{\"pack\": \"no-such-pack\", \"title\": \"Elsewhere\"}")
                .when().post("/api/v1/scenarios")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:scenario-pack-unknown"))
                .body("title", equalTo("Scenario names an unknown pack"))
                .body("errors[0].path", equalTo("pack"));
    }

    private static void unknownPack(ValidatableResponse response) {
        response.statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:unknown-pack"))
                .body("title", equalTo("Unknown pack"))
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-pack"));
    }

    @Test
    void theDocumentAndTheGuideListEveryProblemOfTheCatalogue() throws Exception {
        List<String> documented = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getList("components.schemas.Problem.properties.type.enum");
        String guide = Files.readString(Path.of("docs/api.md"));
        for (ProblemType type : ProblemType.values()) {
            assertTrue(documented.contains(type.uri()), type.uri() + " is in the OpenAPI document");
            assertTrue(guide.contains("`" + type.code() + "`"), type.code() + " is in docs/api.md's catalogue");
        }
        assertEquals(ProblemType.values().length, documented.size(), "the document lists no type outside the catalogue");
    }
}
