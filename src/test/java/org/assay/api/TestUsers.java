package org.assay.api;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The users the test profile configures (application.properties, {@code %test.assay.security.users}), signed in with HTTP Basic. */
public final class TestUsers {
    public static final String ANALYST = "analyst";
    public static final String ANALYST_PASSWORD = "analyst-test-secret";

    private TestUsers() {
    }

    /** The rule author {@code author}. */
    public static RequestSpecification author() {
        return given().auth().preemptive().basic("author", "author-test-secret");
    }

    /** The analyst {@code analyst}. */
    public static RequestSpecification analyst() {
        return given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD);
    }

    /** A second analyst, {@code other-analyst}, who owns none of the first one's scenarios. */
    public static RequestSpecification otherAnalyst() {
        return given().auth().preemptive().basic("other-analyst", "other-analyst-test-secret");
    }

    /** {@code admin}, who may change anyone's scenario. */
    public static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-secret");
    }
}
