package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An answer gives each source it cites once, in {@code sources}; findings and rules cite them by key. */
@QuarkusTest
class SourcesTest {
    private static final String PACK = "/api/v1/packs/bih-nato";

    @Test
    void anAssessmentGivesTheReferenceOfEveryKeyItsFindingsCiteOnce() {
        JsonPath answer = given().contentType("application/json").body("{\"baseline\": true}")
                .when().post(PACK + "/assessments?fragility=false")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> references = given().when().get(PACK).then().statusCode(200).extract().jsonPath().getMap("sources");

        Map<String, String> sources = answer.getMap("sources");
        assertEquals(cited(answer, "findings"), new TreeSet<>(sources.keySet()), "every key cited, and only those");
        sources.forEach((key, reference) -> assertEquals(references.get(key), reference, key));
        assertEquals("A", answer.getString("findings.find { it.id == 'RS_VETO' }.citations[0]"));
    }

    @Test
    void aWhatIfGivesOneSourcesForBothSides() {
        JsonPath answer = given().contentType("application/json")
                .body("{\"baseline\": true, \"changes\": {\"SecurityGuarantee\": {\"new-security-pact\": {\"signed\": true}}}}")
                .when().post(PACK + "/what-if")
                .then().statusCode(200).extract().jsonPath();

        Set<String> cited = cited(answer, "before.findings");
        cited.addAll(cited(answer, "after.findings"));
        assertEquals(cited, new TreeSet<>(answer.getMap("sources").keySet()));
        assertNull(answer.get("before.sources"));
        assertNull(answer.get("after.sources"));
    }

    @Test
    void thePackViewsRulesCiteKeysOfItsSources() {
        JsonPath pack = given().when().get(PACK).then().statusCode(200).extract().jsonPath();

        Set<String> cited = cited(pack, "rules");
        Map<String, String> sources = pack.getMap("sources");
        cited.forEach(key -> assertTrue(sources.containsKey(key), key));
    }

    private static Set<String> cited(JsonPath answer, String items) {
        List<List<String>> citations = answer.getList(items + ".citations");
        Set<String> keys = new TreeSet<>();
        citations.forEach(keys::addAll);
        return keys;
    }
}
