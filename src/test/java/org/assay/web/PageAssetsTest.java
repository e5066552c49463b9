package org.assay.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page is revalidated on every visit and names its files under their version, which may be kept for good; the
 * modules' relative imports resolve under the same version, so no file of the page is fetched unversioned.
 */
@QuarkusTest
class PageAssetsTest {
    private static final Pattern VERSIONED = Pattern.compile("\"(/assets/[0-9a-f]{12}/)([\\w.-]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from \"\\./([\\w.-]+\\.js)\"|import \\* as \\w+ from \"\\./([\\w.-]+\\.js)\"");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Test
    void everyFileOfThePageIsFetchedUnderItsVersion() {
        String page = given().when().get("/")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .contentType("text/html")
                .extract().asString();

        Matcher named = VERSIONED.matcher(page);
        Deque<String> toFetch = new ArrayDeque<>();
        String folder = null;
        while (named.find()) {
            folder = named.group(1);
            toFetch.add(named.group(2));
        }
        assertTrue(toFetch.contains("app.js") && toFetch.contains("app.css"), "index.html names app.js and app.css under a version");

        Set<String> fetched = new HashSet<>();
        while (!toFetch.isEmpty()) {
            String file = toFetch.pop();
            if (!fetched.add(file)) {
                continue;
            }
            String text = given().when().get(folder + file)
                    .then().statusCode(200)
                    .header("Cache-Control", equalTo(IMMUTABLE))
                    .extract().asString();
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                toFetch.add(imports.group(1) != null ? imports.group(1) : imports.group(2));
            }
        }
        assertTrue(fetched.contains("api.js") && fetched.contains("session.js"), "the modules' imports were followed: " + fetched);
    }

    @Test
    void anotherVersionsFilesAreNotServedUnderItsUrl() {
        given().when().get("/assets/000000000000/app.js").then().statusCode(404);
    }
}
