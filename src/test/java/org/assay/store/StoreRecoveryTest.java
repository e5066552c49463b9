package org.assay.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The database goes away under the running service: readiness says DOWN for the store, and the
 * store comes back by itself, without a restart, once the database can be written again.
 */
@QuarkusTest
@Tag("store")
class StoreRecoveryTest {
    private static final String READY = "/q/health/ready";
    private static final String STORE = "checks.find { it.name == 'store' }.status";

    @Inject
    @Any
    InjectableInstance<AgroalDataSource> dataSources;

    @Test
    void readinessSaysTheStoreIsDownWhenItsDatabaseClosesAndUpOnceItCanWriteAgain() throws SQLException {
        given().when().get(READY).then().statusCode(200).body(STORE, equalTo("UP"));

        try (Connection operator = dataSources.listActive().get(0).getConnection()) {
            boolean h2 = operator.getMetaData().getDatabaseProductName().startsWith("H2");
            try {
                stopWrites(operator, h2);

                given().when().get(READY).then().statusCode(503).body(STORE, equalTo("DOWN"))
                        .body("checks.find { it.name == 'store' }.data.error", not(equalTo(null)));
            } finally {
                if (!h2) {
                    allowWrites(operator);
                }
            }
        }
        given().when().get(READY).then().statusCode(200).body(STORE, equalTo("UP"));
        // and the assessment log writes again
        String hash = given().contentType("application/json").body("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 1234}}}}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false").then().statusCode(200).extract().path("packVersion");
        given().queryParam("pack", "bih-nato").when().get("/api/v1/assessments/log")
                .then().statusCode(200).body("items.packVersion", hasItem(hash));
    }

    /**
     * H2 is shut down, as a closed database is (the next connection opens it again). PostgreSQL is made
     * read-only and every other connection ended, as a failover to a replica does: a fresh connection
     * alone would write again, so this is what "cannot write" means there.
     */
    private static void stopWrites(Connection operator, boolean h2) throws SQLException {
        try (Statement s = operator.createStatement()) {
            if (h2) {
                s.execute("SHUTDOWN");
                return;
            }
            s.execute("ALTER DATABASE \"" + operator.getCatalog() + "\" SET default_transaction_read_only = on");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
            commit(operator);
        } catch (SQLException ended) {
            if (!h2) {
                throw ended;
            }
            // H2's SHUTDOWN ends the connection that asked for it, so it cannot answer.
        }
    }

    private static void allowWrites(Connection operator) throws SQLException {
        try (Statement s = operator.createStatement()) {
            s.execute("ALTER DATABASE \"" + operator.getCatalog() + "\" RESET default_transaction_read_only");
            commit(operator);
        }
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
