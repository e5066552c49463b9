package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assay.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assay.api.TestUsers.admin;
import static org.assay.api.TestUsers.analyst;
import static org.assay.api.TestUsers.author;
import static org.assay.api.TestUsers.otherAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** A saved scenario belongs to whoever saved it: only they or an admin change it, anyone reads it, only users see notes. */
@QuarkusTest
@Tag("store")
class ScenarioOwnershipTest {
    private static final String SCENARIOS = "/api/v1/scenarios";
    private static final String BODY = "{\"pack\": \"bih-nato\", \"title\": \"Mandate lost\", \"notes\": \"from the Q3 briefing\","
            + " \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}";

    @Inject
    Database database;

    @Test
    void anAnonymousClientCannotSaveChangeOrDelete() {
        given().contentType("application/json").body(BODY)
                .when().post(SCENARIOS)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm=\"Assay\""))
                .body("type", equalTo("urn:assay:problem:unauthenticated"));
        String id = savedByAnalyst();
        given().contentType("application/merge-patch+json").body("{\"title\": \"Mine now\"}")
                .when().patch(SCENARIOS + "/" + id)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Basic"));
        given().when().delete(SCENARIOS + "/" + id)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic("analyst", "change-me").when().delete(SCENARIOS + "/" + id)
                .then().statusCode(401);
        analyst().when().get(SCENARIOS + "/" + id).then().statusCode(200).body("title", equalTo("Mandate lost"));
    }

    @Test
    void theAnalystsPageGetsAChallengeTheBrowserLeavesToIt() {
        given().header("X-Requested-With", "XMLHttpRequest").contentType("application/json").body(BODY)
                .when().post(SCENARIOS)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("XBasic realm=\"Assay\""));
    }

    @Test
    void onlyTheOwnerChangesAndDeletesAScenario() {
        String id = savedByAnalyst();
        otherAnalyst().contentType("application/merge-patch+json").body("{\"title\": \"Hijacked\"}")
                .when().patch(SCENARIOS + "/" + id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:not-owner"))
                .body("detail", containsString("only the owner (analyst)"));
        otherAnalyst().when().delete(SCENARIOS + "/" + id).then().statusCode(403).body("type", equalTo("urn:assay:problem:not-owner"));

        analyst().contentType("application/merge-patch+json").body("{\"title\": \"Mandate lost for good\"}")
                .when().patch(SCENARIOS + "/" + id)
                .then().statusCode(200).body("title", equalTo("Mandate lost for good")).body("owner", equalTo("analyst"));
        analyst().when().delete(SCENARIOS + "/" + id).then().statusCode(204);
    }

    @Test
    void anAdminChangesAndDeletesAnyonesAlsoThoseSavedBeforeOwners() {
        String id = savedByAnalyst();
        admin().contentType("application/merge-patch+json").body("{\"title\": \"Checked by admin\"}")
                .when().patch(SCENARIOS + "/" + id)
                .then().statusCode(200).body("owner", equalTo("analyst"));
        admin().when().delete(SCENARIOS + "/" + id).then().statusCode(204);

        String old = savedByAnalyst();
        database.inTransaction(c -> {
            try (var ownerless = c.prepareStatement("UPDATE scenario SET owner = NULL WHERE id = ?")) {
                ownerless.setString(1, old);
                return ownerless.executeUpdate();
            }
        });
        analyst().when().delete(SCENARIOS + "/" + old)
                .then().statusCode(403).body("detail", containsString("only an admin"));
        admin().when().delete(SCENARIOS + "/" + old).then().statusCode(204);
    }

    @Test
    void aRuleAuthorMaySaveAndTheScenarioShowsItsOwner() {
        author().contentType("application/json").body(BODY)
                .when().post(SCENARIOS)
                .then().statusCode(201).body("owner", equalTo("author"));
    }

    @Test
    void anyoneReadsAndAssessesButOnlyUsersSeeNotes() {
        String tag = UUID.randomUUID().toString();
        String id = analyst().contentType("application/json")
                .body("{\"pack\": \"bih-nato\", \"title\": \"Reserves " + tag + "\", \"notes\": \"secret " + tag + "\"}")
                .when().post(SCENARIOS).then().statusCode(201).extract().path("id");

        given().when().get(SCENARIOS + "/" + id)
                .then().statusCode(200).body("owner", equalTo("analyst")).body("notes", nullValue());
        given().queryParam("q", "secret " + tag).when().get(SCENARIOS).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", tag).when().get(SCENARIOS)
                .then().statusCode(200).body("items.id", hasItem(id)).body("items[0].notes", nullValue());
        given().when().post(SCENARIOS + "/" + id + "/assessments").then().statusCode(200).body("verdict", equalTo("BLOCKED"));

        otherAnalyst().when().get(SCENARIOS + "/" + id).then().statusCode(200).body("notes", equalTo("secret " + tag));
        otherAnalyst().queryParam("q", "secret " + tag).when().get(SCENARIOS).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theSignedInUserIsNamedWithTheirRoles() {
        analyst().when().get("/api/v1/me")
                .then().statusCode(200).body("name", equalTo("analyst")).body("roles", hasItem("analyst"));
        given().when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBearerTokenIsRefusedWhileNoIdentityProviderIsConfigured() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").contentType("application/json").body(BODY)
                .when().post(SCENARIOS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static String savedByAnalyst() {
        return analyst().contentType("application/json").body(BODY)
                .when().post(SCENARIOS)
                .then().statusCode(201).body("owner", equalTo("analyst"))
                .extract().path("id");
    }
}
