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

        boolean h2 = stopWrites();
        try {
            given().when().get(READY).then().statusCode(503).body(STORE, equalTo("DOWN"))
                    .body("checks.find { it.name == 'store' }.data.error", not(equalTo(null)));
        } finally {
            if (!h2) {
                allowWrites();
            }
        }
        awaitStoreUp();
        // and the assessment log writes again
        String hash = given().contentType("application/json").body("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 1234}}}}")
                .when().post("/api/v1/packs/bih-nato/assessments?fragility=false").then().statusCode(200).extract().path("packVersion");
        given().queryParam("pack", "bih-nato").when().get("/api/v1/assessments/log")
                .then().statusCode(200).body("items.packVersion", hasItem(hash));
    }

    /**
     * H2 is shut down, as a closed database is (the next connection opens it again). PostgreSQL is made
     * read-only and every connection ended, as a failover to a replica does: ending connections alone
     * would let the next one write, so this is what "cannot write" means there. Says whether it was H2.
     */
    private boolean stopWrites() throws SQLException {
        boolean h2 = false;
        try (Connection c = dataSources.listActive().get(0).getConnection(); Statement s = c.createStatement()) {
            h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
            if (h2) {
                s.execute("SHUTDOWN");
            } else {
                s.execute("ALTER DATABASE \"" + c.getCatalog() + "\" SET default_transaction_read_only = on");
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
                s.execute("SELECT pg_terminate_backend(pg_backend_pid())");
            }
        } catch (SQLException ended) {
            // The statement that ends its own connection cannot answer.
        }
        return h2;
    }

    /**
     * The store comes back without a restart: the first check after writes are allowed again may still
     * meet a connection that the database ended, which the pool then replaces, so a few checks are allowed.
     */
    private void awaitStoreUp() {
        for (int attempt = 1; ; attempt++) {
            int status = given().when().get(READY).then().extract().statusCode();
            if (status == 200 || attempt == 20) {
                break;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        given().when().get(READY).then().statusCode(200).body(STORE, equalTo("UP"));
    }

    /** A new connection is read-only too, until it says otherwise for itself. */
    private void allowWrites() throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Connection c = dataSources.listActive().get(0).getConnection(); Statement s = c.createStatement()) {
                s.execute("SET default_transaction_read_only = off");
                s.execute("ALTER DATABASE \"" + c.getCatalog() + "\" RESET default_transaction_read_only");
                // A session keeps the read-only default it started with; a failback ends the sessions that
                // were opened against the read-only database, so the pool opens writable ones.
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return;
            } catch (SQLException deadConnection) {
                last = deadConnection; // the pool handed out a connection that was ended; the next one is new
            }
        }
        throw last;
    }
}
