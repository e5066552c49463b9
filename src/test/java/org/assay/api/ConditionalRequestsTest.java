package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assay.api.TestUsers.analyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** GETs carry an ETag and answer 304 to a current If-None-Match; a saved scenario's changes honour If-Match. */
@QuarkusTest
class ConditionalRequestsTest {
    private static final List<String> PACK_READS = List.of("/api/v1/packs", "/api/v1/packs/bih-nato", "/api/v1/packs/bih-nato/baseline",
            "/api/v1/packs/bih-nato/scenarios", "/api/v1/packs/bih-nato/scenarios/eufor-mandate-lost",
            "/api/v1/packs/bih-nato/snapshots", "/api/v1/packs/bih-nato/snapshots/2026-12-01");

    @Test
    void everyReadOfAPackAnswers304ToItsOwnTag() {
        for (String path : PACK_READS) {
            String tag = given().when().get(path)
                    .then().statusCode(200)
                    .header("ETag", startsWith("W/\""))
                    .extract().header("ETag");
            given().header("If-None-Match", tag)
                    .when().get(path)
                    .then().statusCode(304)
                    .header("ETag", equalTo(tag))
                    .body(emptyString());
        }
    }

    @Test
    void theBaselinesTagIsThePackVersion() {
        String version = given().when().get("/api/v1/packs/bih-nato").then().extract().path("version");
        given().when().get("/api/v1/packs/bih-nato/baseline")
                .then().header("ETag", equalTo("W/\"" + version + "\""));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndAnyTag() {
        String path = "/api/v1/packs/bih-nato/baseline";
        String tag = given().when().get(path).then().extract().header("ETag");
        String strong = tag.substring(2);
        given().header("If-None-Match", strong).when().get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\", " + tag).when().get(path).then().statusCode(304);
        given().header("If-None-Match", "*").when().get(path).then().statusCode(304);
        given().header("If-None-Match", "W/\"other\"").when().get(path).then().statusCode(200).header("ETag", equalTo(tag));
    }

    @Test
    @Tag("store")
    void aSavedScenarioIsReadAgainOnlyWhenItChanged() {
        String location = save();
        String tag = analyst().when().get(location).then().statusCode(200).extract().header("ETag");
        analyst().header("If-None-Match", tag).when().get(location).then().statusCode(304);

        String changed = patch(location, tag, "Renamed").then().statusCode(200).extract().header("ETag");

        assertNotEquals(tag, changed);
        analyst().header("If-None-Match", tag).when().get(location).then().statusCode(200).body("title", equalTo("Renamed"));
        analyst().header("If-None-Match", changed).when().get(location).then().statusCode(304);
    }

    @Test
    @Tag("store")
    void anAnonymousReaderWhoSeesNoNotesHasATagOfItsOwn() {
        String location = save();
        String signedIn = analyst().when().get(location).then().extract().header("ETag");
        given().header("If-None-Match", signedIn).when().get(location).then().statusCode(200).header("ETag", not(equalTo(signedIn)));
    }

    @Test
    @Tag("store")
    void aPatchFromAnOlderVersionIsRefusedNamingTheCurrentTag() {
        String location = save();
        String first = analyst().when().get(location).then().extract().header("ETag");
        String second = patch(location, first, "Second").then().statusCode(200).extract().header("ETag");

        patch(location, first, "Third")
                .then().statusCode(412)
                .contentType(Problem.MEDIA_TYPE)
                .header("ETag", equalTo(second))
                .body("type", equalTo("urn:assay:problem:precondition-failed"))
                .body("detail", containsString(second))
                .body("errors[0].path", equalTo("If-Match"));
        patch(location, "W/" + second, "Weak").then().statusCode(412);
        patch(location, "*", "Any").then().statusCode(200).body("title", equalTo("Any"));
        analyst().contentType("application/merge-patch+json").body("{\"title\": \"No condition\"}")
                .when().patch(location).then().statusCode(200);
    }

    @Test
    @Tag("store")
    void ofTwoPatchesFromTheSameVersionOnlyOneIsWritten() throws Exception {
        String location = save();
        String tag = analyst().when().get(location).then().extract().header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> client = () -> {
                start.await();
                return patch(location, tag, Thread.currentThread().getName()).statusCode();
            };
            Future<Integer> one = clients.submit(client);
            Future<Integer> other = clients.submit(client);
            start.countDown();

            assertEquals(List.of(200, 412), List.of(one.get(), other.get()).stream().sorted().toList());
        } finally {
            clients.shutdown();
        }
    }

    @Test
    @Tag("store")
    void aDeleteHonoursIfMatch() {
        String location = save();
        String tag = analyst().when().get(location).then().extract().header("ETag");

        analyst().header("If-Match", "\"0-stale\"").when().delete(location).then().statusCode(412).header("ETag", equalTo(tag));
        analyst().header("If-Match", tag).when().delete(location).then().statusCode(204);
        analyst().when().get(location).then().statusCode(404);
    }

    private static String save() {
        return analyst().contentType("application/json")
                .body("{\"pack\": \"bih-nato\", \"title\": \"Conditional\", \"notes\": \"only for the team\"}")
                .when().post("/api/v1/scenarios")
                .then().statusCode(201)
                .header("ETag", startsWith("\""))
                .extract().header("Location");
    }

    private static io.restassured.response.Response patch(String location, String ifMatch, String title) {
        return analyst().contentType("application/merge-patch+json").header("If-Match", ifMatch)
                .body("{\"title\": \"" + title + "\"}")
                .when().patch(location);
    }
}
