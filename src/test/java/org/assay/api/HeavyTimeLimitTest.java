package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** Everything heavy has a wall-clock limit; past it the client is told so, naming the bound. */
@QuarkusTest
@TestProfile(NoTimeForHeavyWorkProfile.class)
class HeavyTimeLimitTest {
    private static final String PACK = "/api/v1/packs/bih-nato";

    @Test
    void aSweepPastItsTimeLimitIsStoppedWith422NamingTheBound() {
        given().contentType("application/json")
                .body("{\"baseline\": true, \"levers\": [{\"path\": \"EuforMission.althea.troopsInCountry\", \"values\": [0, 1000]}]}")
                .when().post(PACK + "/sweeps")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:assay:problem:limit-exceeded"))
                .body("detail", containsString("assay.work.heavy-time-limit is 0 s"));
    }

    @Test
    void batchItemsNotStartedByTheLimitAreEachAnsweredWithIt() {
        given().contentType("application/json").body("[{\"baseline\": true}, {\"baseline\": true}]")
                .when().post(PACK + "/assessments:batch")
                .then().statusCode(200)
                .body("status", equalTo(List.of(422, 422)))
                .body("problem.detail", everyItem(containsString("the batch ran longer than its time limit")));
    }

    @Test
    void replayPastItsTimeLimitIsStoppedWith422() {
        given().contentType("application/json").body("{\"baseline\": true}").when().post(PACK + "/assessments").then().statusCode(200);
        given().when().post("/api/v1/assessments/log/replay?pack=bih-nato")
                .then().statusCode(422).body("detail", containsString("the replay ran longer than its time limit"));
    }
}
