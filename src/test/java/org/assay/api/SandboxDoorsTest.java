package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.assay.engine.sandbox.EscapeCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyIterable;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The escape corpus (src/test/resources/escapes) through every door a rule author has: validate,
 * compare, reload, a file saved in the watched rules folder, and the pack's tests afterwards. Each
 * attempt is refused before it runs, the serving version keeps serving, and nothing escapes.
 */
@QuarkusTest
@TestProfile(SandboxProfile.class)
class SandboxDoorsTest {
    private static final Path ESCAPE = SandboxProfile.PACK.resolve("escape.drl");

    static Stream<String> escapes() throws IOException {
        return EscapeCorpus.names();
    }

    static RequestSpecification author() {
        return TestUsers.author();
    }

    @BeforeEach
    @AfterEach
    void clean() throws IOException {
        Files.deleteIfExists(EscapeCorpus.MARKER);
        Files.deleteIfExists(ESCAPE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void validateAndCompareRefuseEveryEscape(String escape) {
        author().contentType("application/json").body(Map.of("files", Map.of("escape.drl", EscapeCorpus.text(escape))))
                .when().post("/api/v1/packs/tiny/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors", not(emptyIterable()));
        author().contentType("application/json").body(Map.of("files", Map.of("escape.drl", EscapeCorpus.text(escape))))
                .when().post("/api/v1/packs/tiny/compare").then().statusCode(422)
                .body("type", equalTo("urn:assay:problem:candidate-does-not-load"));
        EscapeCorpus.assertNothingEscaped(escape);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void reloadHotReloadAndTestsRefuseEveryEscapeAndKeepServing(String escape) throws IOException {
        String serving = given().when().get("/api/v1/packs/tiny").then().extract().path("version");

        Files.writeString(ESCAPE, EscapeCorpus.text(escape));
        author().when().post("/api/v1/packs/tiny/reload").then().statusCode(422)
                .body("type", equalTo("urn:assay:problem:pack-does-not-load"));
        await(status -> status.equals("DEGRADED"));
        given().when().get("/api/v1/packs/tiny").then().body("version", equalTo(serving));
        author().when().post("/api/v1/packs/tiny/tests").then().statusCode(200).body("pack", equalTo("tiny"));
        given().contentType("application/json").body("{\"baseline\": true}").when().post("/api/v1/packs/tiny/assessments")
                .then().statusCode(200).body("packVersion", equalTo(serving));
        EscapeCorpus.assertNothingEscaped(escape);

        Files.delete(ESCAPE);
        await(status -> status.equals("LOADED"));
    }

    @Test
    void aRefusalNamesTheFileLineAndColumnWithAHint() {
        author().contentType("application/json").body(Map.of("files", Map.of("escape.drl", EscapeCorpus.text("system-exit.drl"))))
                .when().post("/api/v1/packs/tiny/validate").then().statusCode(200)
                .body("errors[0].file", endsWith("escape.drl"))
                .body("errors[0].line", equalTo(11))
                .body("errors[0].column", equalTo(12))
                .body("errors[0].message", equalTo("refused: 'java.lang.System.exit()' is not something policy code may use;"
                        + " policy code may use the pack's declared types, Finding, Recommendation and Verdict with insert/insertLogical,"
                        + " String, boxed numbers, Math, and read-only java.util collections and streams over them"
                        + " (see docs/sandbox.md)"))
                .body("errors[0].hint", not(equalTo(null)));
    }

    private static void await(Predicate<String> state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String status = given().when().get("/api/v1/packs/tiny").then().extract().path("status");
            if (state.test(status)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        fail("the pack did not reach the expected state in 30 s");
    }
}
