package org.assay.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Rule authors edit bih-nato's files while the service runs: the watcher swaps in what loads and keeps what serves when it does not. */
@QuarkusTest
@TestProfile(ReloadProfile.class)
class HotReloadTest {
    static final String UNDERSIZED_RULE = "EuforMission(troopsInCountry != null, mandateActive";
    /** The same rule with a typo in its first constraint. */
    static final String UNDERSIZED_BROKEN = "EuforMission(troopsInCountri != null, mandateActive";
    /** The same rule with a cap that leaves the baseline's 1,100 troops out. */
    static final String UNDERSIZED_BELOW_1000 = "EuforMission(troopsInCountry != null, troopsInCountry < 1000, mandateActive";
    private static final Path EUFOR = ReloadProfile.PACK.resolve("eufor.drl");
    private static final Pattern VERSION = Pattern.compile("\"packVersion\":\"(\\w+)\"");

    @TestHTTPResource("/api/v1/packs/bih-nato/assessments?fragility=false")
    URI assessments;

    static RequestSpecification author() {
        return TestUsers.author();
    }

    @BeforeEach
    void pristinePack() {
        ReloadProfile.restore();
        author().when().post("/api/v1/packs/bih-nato/reload").then().statusCode(200).body("status", equalTo("LOADED"));
    }

    @Test
    void anEditedRuleServesOnceTheWatcherHasReloadedIt() throws IOException {
        String before = version();
        assess().then().body("findings.id", hasItem("EUFOR_UNDERSIZED"));

        edit(UNDERSIZED_RULE, UNDERSIZED_BELOW_1000);

        String after = awaitPack(status -> status.equals("LOADED") && !version().equals(before));
        assess().then().statusCode(200)
                .body("packVersion", equalTo(after))
                .body("findings.id", not(hasItem("EUFOR_UNDERSIZED")));
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionServingAndSaysWhere() throws IOException {
        String good = version();

        edit(UNDERSIZED_RULE, UNDERSIZED_BROKEN);

        awaitPack(status -> status.equals("DEGRADED"));
        given().when().get("/api/v1/packs/bih-nato").then()
                .body("version", equalTo(good))
                .body("errors[0]", containsString("eufor.drl:38:"))
                .body("errors[0]", containsString("troopsInCountri"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'packs' }.data.bih-nato", startsWith("DEGRADED"));
        assess().then().statusCode(200).body("packVersion", equalTo(good));

        edit("troopsInCountri", "troopsInCountry");

        String healed = awaitPack(status -> status.equals("LOADED"));
        given().when().get("/api/v1/packs/bih-nato").then().body("errors", equalTo(null));
        assess().then().body("packVersion", equalTo(healed));
    }

    @Test
    void noRequestFailsWhileFilesBreakAndHeal() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(assessments).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"baseline\": true}")).build();
        List<String> failures = new CopyOnWriteArrayList<>();
        Set<String> versions = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        int[] served = new int[1];
        for (int t = 0; t < 3; t++) {
            load.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        Matcher version = VERSION.matcher(response.body());
                        if (response.statusCode() != 200 || !version.find()) {
                            failures.add(response.statusCode() + " " + response.body());
                        } else {
                            versions.add(version.group(1));
                            synchronized (served) {
                                served[0]++;
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        try {
            edit(UNDERSIZED_RULE, UNDERSIZED_BROKEN);
            awaitPack(status -> status.equals("DEGRADED"));
            edit(UNDERSIZED_BROKEN, UNDERSIZED_BELOW_1000);
            awaitPack(status -> status.equals("LOADED"));
            edit("troopsInCountry < 1000,", "troopsInCountry < 1000 &&,");
            awaitPack(status -> status.equals("DEGRADED"));
            edit("troopsInCountry < 1000 &&,", "troopsInCountry < 1200,");
            awaitPack(status -> status.equals("LOADED"));
        } finally {
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), failures);
        assertTrue(served[0] > 20, "assessments served during the edits: " + served[0]);
        assertEquals(3, versions.size(), "versions that served: " + versions);
    }

    @Test
    void aRuleThatEndsTheProcessIsRefusedWithItsLineAndTheServiceStaysUp() throws IOException {
        String good = version();
        Files.writeString(ReloadProfile.PACK.resolve("exit.drl"), """
                package org.assay.packs.bihnato;
                // System.exit in a comment is harmless, and so is "System.exit(0)" in a string.
                rule "Leave"
                when
                    EuforMission()
                then
                    System.exit(0);
                end
                """);

        author().when().post("/api/v1/packs/bih-nato/reload")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:pack-does-not-load"))
                .body("detail", containsString("version " + good + " keeps serving"))
                .body("errors.path", equalTo(List.of("bih-nato/exit.drl:7:12")))
                .body("errors[0].message", containsString("'java.lang.System.exit()' is not something policy code may use"));
        assess().then().statusCode(200).body("packVersion", equalTo(good));
    }

    @Test
    void reloadingNeedsASignedInRuleAuthor() {
        given().when().post("/api/v1/packs/bih-nato/reload")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm=\"Assay\""))
                .body("type", equalTo("urn:assay:problem:unauthenticated"));
        given().auth().preemptive().basic("author", "wrong").when().post("/api/v1/packs/bih-nato/reload")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"));
        given().auth().preemptive().basic("author", "change-me").when().post("/api/v1/packs/bih-nato/reload")
                .then().statusCode(401).contentType("application/problem+json");
        TestUsers.analyst().when().post("/api/v1/packs/bih-nato/reload")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:forbidden"));
        author().when().post("/api/v1/packs/bih-nato/reload")
                .then().statusCode(200).body("version", equalTo(version())).body("previousVersion", equalTo(version()));
        author().when().post("/api/v1/packs/no-such-pack/reload").then().statusCode(404);
    }

    @Test
    void assessingNeedsNoSignIn() {
        assess().then().statusCode(200);
        given().auth().preemptive().basic("author", "wrong").contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments").then().statusCode(200);
    }

    private static io.restassured.response.Response assess() {
        return given().contentType("application/json").body("{\"baseline\": true}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false");
    }

    private static String version() {
        return given().when().get("/api/v1/packs/bih-nato").then().extract().path("version");
    }

    static void edit(String from, String to) throws IOException {
        String text = Files.readString(EUFOR);
        if (!text.contains(from)) {
            fail("eufor.drl has no \"" + from + "\"");
        }
        Files.writeString(EUFOR, text.replace(from, to));
    }

    /** Waits for the watcher to reload the pack into a state; the serving version then. */
    private static String awaitPack(Predicate<String> state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String status = given().when().get("/api/v1/packs/bih-nato").then().extract().path("status");
            if (state.test(status)) {
                return version();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("the pack did not reach the expected state in 30 s");
    }
}
