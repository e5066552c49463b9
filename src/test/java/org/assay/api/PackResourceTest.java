package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PackResourceTest {

    @Test
    void listsTheLoadedPacks() {
        given().when().get("/api/v1/packs")
                .then().statusCode(200)
                .body("find { it.id == 'bih-nato' }.status", equalTo("LOADED"))
                .body("find { it.id == 'bih-nato' }.rules", greaterThanOrEqualTo(30));
    }

    @Test
    void showsRulesWithMetadataAndTheFactSchema() {
        given().when().get("/api/v1/packs/bih-nato")
                .then().statusCode(200)
                .body("rules.source", everyItem(notNullValue()))
                .body("rules.dimension", everyItem(notNullValue()))
                .body("schema.types.Actor.fields.stanceOnNato.values", hasItems("OPPOSED", "NEUTRAL", "SUPPORTIVE"))
                .body("schema.types.EuforMission.fields.troopsInCountry.kind", equalTo("INTEGER"))
                .body("sources.S1", notNullValue())
                .body("levers.path", hasItem("EuforMission.althea.troopsInCountry"));
    }

    @Test
    void namesTheFindingKindsVerdictLevelsAndPrioritiesInTheirOrder() {
        given().when().get("/api/v1/packs/bih-nato")
                .then().statusCode(200)
                .body("vocabulary.findingKinds.name", contains("BLOCKER", "GAP", "RISK", "STRENGTH", "DATA_GAP"))
                .body("vocabulary.findingKinds.title", contains("Blockers", "Gaps", "Risks", "Strengths", "Data gaps"))
                .body("vocabulary.verdictLevels", contains("BLOCKED", "NOT_READY", "CONDITIONAL", "READY"))
                .body("vocabulary.priorities", contains("CRITICAL", "HIGH", "MEDIUM", "LOW"));
    }

    @Test
    void showsHowTheWhatIfToolsReadThePack() {
        given().when().get("/api/v1/packs/bih-nato")
                .then().statusCode(200)
                .body("analysis.weakEvidence.confidenceAtMost", equalTo("LOW"))
                .body("analysis.weakEvidence.unsourcedIsWeak", equalTo(true))
                .body("analysis.leverCost", equalTo(1.0f))
                .body("analysis.targetKinds", contains("BLOCKER", "GAP", "RISK", "DATA_GAP"));
    }

    @Test
    void servesTheBaseline() {
        given().when().get("/api/v1/packs/bih-nato/baseline")
                .then().statusCode(200)
                .body("AccessionTrack.bih.mapInvited", equalTo(true));
    }

    @Test
    void isReadyWithAPackLoadedAndExposesMetrics() {
        given().contentType("application/json").body("{\"baseline\": true}").post("/api/v1/packs/bih-nato/assessments").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("assay_assessments_total{pack=\"bih-nato\",verdict=\"BLOCKED\"}"), "assessments by pack and verdict");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("assay_rule_firings_total"), "firings per rule");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("assay_assessment_duration_seconds"), "latency");
    }

    @Test
    void publishesAnOpenApiDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", notNullValue())
                .body("paths.'/api/v1/packs/{pack}/assessments'.post", notNullValue())
                .body("components.schemas.Vocabulary.properties.verdictLevels.description", equalTo("The headline rating's levels, worst first; the pack's ratings list every rating's"))
                // Fact sets and requests are free-form objects, never Jackson's node class with its getters (valueNode, nodeType).
                .body("components.schemas.FreeFormObject.type", equalTo("object"))
                .body("components.schemas.JsonNode", nullValue())
                .body("components.schemas.JsonNodeType", nullValue());
    }

    @Test
    void theDocumentListsTheLevelsOfTheServingPacksAndTheValidatorsOfConditionalRoutes() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.RatingLevel.enum", contains("BLOCKED", "NOT_READY", "CONDITIONAL", "READY",
                        "CRITICAL", "SERIOUS", "STRAINED", "STABLE"))
                .body("components.schemas.Assessment.properties.verdict.$ref", equalTo("#/components/schemas/RatingLevel"))
                .body("components.schemas.PackSummary.properties.status.$ref", equalTo("#/components/schemas/PackState"))
                .body("paths.'/api/v1/packs/{pack}'.get.parameters.$ref", hasItem("#/components/parameters/ifNoneMatch"))
                .body("paths.'/api/v1/scenarios/{id}'.patch.parameters.$ref", hasItem("#/components/parameters/ifMatch"))
                .body("paths.'/api/v1/packs/{pack}/sweeps'.post.responses.'200'.content.'application/x-ndjson'.schema.type", equalTo("string"));
    }
}
