package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assay.api.HotReloadTest.author;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** An author checks DRL before saving it: errors and warnings with place and hint, and what the change does to the rules. */
@QuarkusTest
@TestProfile(ReloadProfile.class)
class ValidationTest {
    private static String eufor;

    @BeforeAll
    static void readEufor() throws IOException {
        ReloadProfile.restore();
        eufor = Files.readString(Path.of("rules/bih-nato/eufor.drl"));
    }

    @Test
    void anUnknownFieldOrTypeGetsAHintAndTheRuleChangesAreListed() {
        String version = given().when().get("/api/v1/packs/bih-nato").then().extract().path("version");
        String edited = eufor
                .replace(HotReloadTest.UNDERSIZED_RULE, HotReloadTest.UNDERSIZED_BROKEN)
                .replace("$e : EuforMission(mandateActive != false, ownIsr == false)", "$e : EuforMision(mandateActive != false, ownIsr == false)")
                .replace("A UK battalion in EUFOR strengthens deterrence", "A British battalion in EUFOR strengthens deterrence")
                .replace("months <= 2", "months <= 3");

        author().contentType("application/json").body(Map.of("files", Map.of("eufor.drl", edited)))
                .when().post("/api/v1/packs/bih-nato/validate")
                .then().statusCode(200)
                .body("valid", equalTo(false))
                .body("servingVersion", equalTo(version))
                .body("errors.find { it.message.contains('troopsInCountri') }.line", equalTo(38))
                .body("errors.find { it.message.contains('troopsInCountri') }.file", containsString("bih-nato/eufor.drl"))
                .body("errors.find { it.message.contains('troopsInCountri') }.hint",
                        containsString("EuforMission has no field troopsInCountri (did you mean troopsInCountry?)"))
                .body("errors.find { it.message.contains('EuforMision') }.hint",
                        containsString("There is no fact type EuforMision (did you mean EuforMission?)"))
                .body("rules.added", equalTo(List.of("A British battalion in EUFOR strengthens deterrence")))
                .body("rules.removed", equalTo(List.of("A UK battalion in EUFOR strengthens deterrence")))
                .body("rules.changed", hasItems("EUFOR is too small to hold the potential hotspots at the same time",
                        "A contested renewal puts EUFOR's mandate at risk at any horizon"));

        given().when().get("/api/v1/packs/bih-nato").then()
                .body("status", equalTo("LOADED")).body("version", equalTo(version));
    }

    @Test
    void aNewFileThatLoadsIsValidAndWarnedOfAnUndeclaredMeasureAndAMissingSource() {
        String extra = """
                package org.assay.packs.bihnato;

                import org.assay.engine.outcome.Finding;
                import org.assay.engine.outcome.Recommendation;
                import org.assay.engine.outcome.Priority;

                rule "An undersized EUFOR also calls for more training" salience -100
                when
                    $f : Finding(id == "EUFOR_UNDERSIZED")
                then
                    insertLogical(Recommendation.of("EUFOR_REINFORCMENT", Priority.LOW, "Train more: %s", $f.getId()));
                end
                """;

        author().contentType("application/json").body(Map.of("files", Map.of("training.drl", extra)))
                .when().post("/api/v1/packs/bih-nato/validate")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("errors", equalTo(List.of()))
                .body("rules.added", equalTo(List.of("An undersized EUFOR also calls for more training")))
                .body("warnings.find { it.message.contains('EUFOR_REINFORCMENT') }.line", equalTo(11))
                .body("warnings.find { it.message.contains('EUFOR_REINFORCMENT') }.hint", containsString("did you mean EUFOR_REINFORCEMENT?"))
                .body("warnings.find { it.message.contains('@source') }.hint", containsString("add @source(\"KEY section\")"));
    }

    @Test
    void aRefusedCallIsAnErrorBeforeAnythingCompilesAndARemovedFileRemovesItsRules() {
        String exit = "package org.assay.packs.bihnato;\n\nrule \"Leave\" @source(\"A\")\nwhen\nthen\n    Runtime.getRuntime().halt(1);\nend\n";
        author().contentType("application/json").body(Map.of("files", Map.of("exit.drl", exit)))
                .when().post("/api/v1/packs/bih-nato/validate")
                .then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors[0].line", equalTo(6))
                .body("errors[0].message", containsString("'java.lang.Runtime.getRuntime()' is not something policy code may use"))
                .body("errors[0].hint", containsString("assay.rules.trusted-packs"));

        Map<String, Object> removal = new HashMap<>();
        removal.put("dcb.drl", null);
        author().contentType("application/json").body(Map.of("files", removal))
                .when().post("/api/v1/packs/bih-nato/validate")
                .then().statusCode(200)
                .body("rules.removed", hasItem("DCB delivery lags behind a linear schedule"));
    }

    @Test
    void aFileNameWithAFolderIsABadRequestAndValidatingNeedsAnAuthor() {
        author().contentType("application/json").body(Map.of("files", Map.of("../evil.drl", "package x;")))
                .when().post("/api/v1/packs/bih-nato/validate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].path", equalTo("files.../evil.drl"));
        given().contentType("application/json").body(Map.of("files", Map.of("eufor.drl", eufor)))
                .when().post("/api/v1/packs/bih-nato/validate")
                .then().statusCode(401);
    }
}
