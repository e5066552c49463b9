package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assay.api.TestUsers.author;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Validate and compare read one {@code {"files": {...}}} body: the same file names pass, and the same faults are refused alike. */
@QuarkusTest
class CandidateFilesTest {
    private static final List<String> DOORS = List.of("/api/v1/packs/bih-nato/validate", "/api/v1/packs/bih-nato/compare");

    @Test
    void aFileNameOneDoorAcceptsEveryDoorAccepts() {
        for (String door : DOORS) {
            author().contentType("application/json").body("{\"files\": {\"_scratch-2.drl\": null}}")
                    .when().post(door).then().statusCode(200);
        }
    }

    @Test
    void aBadBodyIsRefusedAlikeByEveryDoor() {
        String body = "{\"files\": {\"-x.drl\": null, \"../up.drl\": \"rule\", \"eufor.drl\": 3, \"notes.txt\": null}, \"note\": 1}";
        JsonPath validate = refused(DOORS.get(0), body);
        JsonPath compare = refused(DOORS.get(1), body);

        assertEquals("urn:assay:problem:invalid-candidate", validate.getString("type"));
        assertEquals(List.of("note", "files.-x.drl", "files.../up.drl", "files.eufor.drl", "files.notes.txt"), validate.getList("errors.path"));
        assertEquals(validate.getMap(""), compare.getMap(""));
    }

    @Test
    void aBodyWithoutFilesIsRefusedAlikeByEveryDoor() {
        assertEquals(refused(DOORS.get(0), "[]").getMap(""), refused(DOORS.get(1), "[]").getMap(""));
        assertEquals(refused(DOORS.get(0), "{\"files\": {}}").getMap(""), refused(DOORS.get(1), "{\"files\": {}}").getMap(""));
    }

    private static JsonPath refused(String door, String body) {
        return author().contentType("application/json").body(body).when().post(door)
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
    }
}
