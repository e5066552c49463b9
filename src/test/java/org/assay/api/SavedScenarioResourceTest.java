package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assay.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assay.api.TestUsers.analyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** What a signed-in analyst does with saved scenarios; who may do what is in {@link ScenarioOwnershipTest}. */
@QuarkusTest
@Tag("store")
class SavedScenarioResourceTest {
    private static final String SCENARIOS = "/api/v1/scenarios";

    @Inject
    Database database;

    @Test
    void aScenarioIsSavedListedLoadedRenamedAndDeleted() {
        // given a saved scenario
        String location = analyst().contentType("application/json")
                .body("""
                        {"pack": "bih-nato", "title": "No EUFOR mandate, reinforced reserves", "notes": "Q3 briefing",
                         "changes": {"EuforMission": {"althea": {"mandateActive": false, "troopsInCountry": 600}}}}""")
                .when().post(SCENARIOS)
                .then().statusCode(201)
                .header("Location", containsString(SCENARIOS + "/"))
                .body("pack", equalTo("bih-nato"))
                .body("packVersionCurrent", equalTo(true))
                .body("base.baseline", equalTo(true))
                .body("changes.EuforMission.althea.troopsInCountry", equalTo(600))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        // then it loads, and the list finds it by pack and by a word of its notes
        analyst().when().get(location)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("No EUFOR mandate, reinforced reserves"))
                .body("notice", nullValue());
        analyst().queryParam("pack", "bih-nato").queryParam("q", "q3 BRIEF")
                .when().get(SCENARIOS)
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("total", greaterThanOrEqualTo(1));

        // when it is renamed and its notes removed
        analyst().contentType("application/merge-patch+json")
                .body("{\"title\": \"Mandate lost\", \"notes\": null}")
                .when().patch(location)
                .then().statusCode(200)
                .body("title", equalTo("Mandate lost"))
                .body("notes", nullValue())
                .body("changes.EuforMission.althea.mandateActive", equalTo(false));
        analyst().when().get(location).then().statusCode(200).body("title", equalTo("Mandate lost"));

        // when it is deleted, it is gone
        analyst().when().delete(location).then().statusCode(204);
        analyst().when().get(location)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:unknown-scenario"))
                .body("detail", containsString(id));
        analyst().when().delete(location).then().statusCode(404);
    }

    @Test
    void aSavedScenarioAssessesWithTheServingPack() {
        String id = save("""
                {"pack": "bih-nato", "title": "Mandate lost, then renewed", "base": {"scenario": "eufor-mandate-lost"}}""");
        analyst().when().post(SCENARIOS + "/" + id + "/assessments")
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCKED"))
                .body("findings.id", hasItem("EUFOR_MANDATE_LOST"))
                .body("recommendations.measure", hasItem("MANDATE_REAUTHORISATION"));

        analyst().contentType("application/json")
                .body("{\"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": true}}}}")
                .when().patch(SCENARIOS + "/" + id)
                .then().statusCode(200);
        analyst().when().post(SCENARIOS + "/" + id + "/assessments")
                .then().statusCode(200)
                .body("findings.id", not(hasItem("EUFOR_MANDATE_LOST")));
    }

    @Test
    void aWholeFactSetCanBeTheBase() {
        String facts = analyst().when().get("/api/v1/packs/bih-nato/baseline").then().statusCode(200).extract().asString();
        String id = save("{\"pack\": \"bih-nato\", \"title\": \"Own facts\", \"base\": {\"facts\": " + facts + "},"
                + " \"changes\": {\"SecessionIndicators\": {\"rs\": {\"referendumScheduled\": true}}}}");
        analyst().when().post(SCENARIOS + "/" + id + "/assessments")
                .then().statusCode(200)
                .body("recommendations.measure", hasItem("EUFOR_RESERVE_ACTIVATION"));
    }

    @Test
    void everyFaultOfAScenarioIsNamedByItsPath() {
        analyst().contentType("application/json")
                .body("""
                        {"pack": "bih-nato", "title": "  ", "colour": "red",
                         "changes": {"EuforMission": {"althea": {"troopsInCountry": "many"}}}}""")
                .when().post(SCENARIOS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:invalid-request"))
                .body("errors.path", hasItems("title", "colour"));

        analyst().contentType("application/json")
                .body("""
                        {"pack": "bih-nato", "title": "Too many troops",
                         "changes": {"EuforMission": {"althea": {"troopsInCountry": "many"}}}}""")
                .when().post(SCENARIOS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("changes.EuforMission.althea.troopsInCountry"))
                .body("errors[0].message", containsString("integer"));

        analyst().contentType("application/json")
                .body("{\"pack\": \"bih-nato\", \"title\": \"Invasion\", \"base\": {\"scenario\": \"alien-invasion\"}}")
                .when().post(SCENARIOS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("base.scenario"))
                .body("errors[0].message", containsString("eufor-mandate-lost"));

        analyst().contentType("application/json")
                .body("{\"pack\": \"bih-nato\", \"title\": \"Two bases\", \"base\": {\"baseline\": true, \"scenario\": \"dcb-delivered\"}}")
                .when().post(SCENARIOS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("base"));
    }

    @Test
    void aScenarioForAnUnknownPackIsRefusedNamingThePack() {
        analyst().contentType("application/json")
                .body("{\"pack\": \"no-such-pack\", \"title\": \"Elsewhere\"}")
                .when().post(SCENARIOS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:scenario-pack-unknown"))
                .body("errors[0].path", equalTo("pack"))
                .body("errors[0].message", containsString("bih-nato"));
    }

    @Test
    void malformedBodiesAndParametersAreRefused() {
        analyst().contentType("application/json").body("{\"pack\": \"bih-nato\", ")
                .when().post(SCENARIOS)
                .then().statusCode(400)
                .body("type", equalTo("urn:assay:problem:malformed-json"))
                .body("errors[0].path", containsString("line 1"));
        analyst().queryParam("limit", "lots")
                .when().get(SCENARIOS)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("limit"));
        String id = save("{\"pack\": \"bih-nato\", \"title\": \"Fixed pack\"}");
        analyst().contentType("application/json").body("{\"pack\": \"other\"}")
                .when().patch(SCENARIOS + "/" + id)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("pack"));
        analyst().contentType("application/json").body("{\"title\": null}")
                .when().patch(SCENARIOS + "/" + id)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("title"));
    }

    @Test
    void aScenarioSavedForAnOlderPackVersionStillLoadsAndSaysSo() {
        String id = insert("bih-nato", "0ld0ld0ld0ld");
        analyst().when().get(SCENARIOS + "/" + id)
                .then().statusCode(200)
                .body("packVersion", equalTo("0ld0ld0ld0ld"))
                .body("packVersionCurrent", equalTo(false))
                .body("currentPackVersion", notNullValue())
                .body("notice", containsString("0ld0ld0ld0ld"));
        analyst().when().post(SCENARIOS + "/" + id + "/assessments")
                .then().statusCode(200)
                .body("packVersion", not(equalTo("0ld0ld0ld0ld")));
    }

    @Test
    void aScenarioWhosePackIsGoneStillLoadsAndSaysSo() {
        String id = insert("retired-pack", "abc123");
        analyst().when().get(SCENARIOS + "/" + id)
                .then().statusCode(200)
                .body("pack", equalTo("retired-pack"))
                .body("packVersionCurrent", equalTo(false))
                .body("currentPackVersion", nullValue())
                .body("notice", containsString("not served"));
        analyst().when().post(SCENARIOS + "/" + id + "/assessments")
                .then().statusCode(404)
                .body("type", equalTo("urn:assay:problem:unknown-pack"));
    }

    @Test
    void listsAreNewestFirstAndPaged() {
        String tag = UUID.randomUUID().toString();
        String older = save("{\"pack\": \"bih-nato\", \"title\": \"older " + tag + "\"}");
        String newer = save("{\"pack\": \"bih-nato\", \"title\": \"newer " + tag + "\"}");
        analyst().queryParam("q", tag).queryParam("limit", 1)
                .when().get(SCENARIOS)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(newer)));
        analyst().queryParam("q", tag).queryParam("limit", 1).queryParam("offset", 1)
                .when().get(SCENARIOS)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(older)));
    }

    private static String save(String body) {
        return analyst().contentType("application/json").body(body)
                .when().post(SCENARIOS)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A row as an older release, or a pack since removed, would have left it. */
    private String insert(String pack, String version) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.inTransaction(c -> {
            try (var insert = c.prepareStatement("INSERT INTO scenario (id, pack, pack_version, title, notes, base_json, changes_json,"
                    + " created_at, updated_at) VALUES (?, ?, ?, 'From before', NULL, '{\"baseline\":true}', '{}', ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, pack);
                insert.setString(3, version);
                insert.setObject(4, now);
                insert.setObject(5, now);
                return insert.executeUpdate();
            }
        });
        return id;
    }
}
