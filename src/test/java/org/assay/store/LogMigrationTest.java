package org.assay.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A database logged by an earlier version keeps its log when it is upgraded: every input, once. */
class LogMigrationTest {
    private static final String URL = "jdbc:h2:mem:log-migration;DB_CLOSE_DELAY=-1";

    @Test
    void inputsLoggedBeforeTheUpgradeAreKeptOnceEach() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            for (String[] row : new String[][] {{"aa", "{\"A\":{}}"}, {"aa", "{\"A\":{}}"}, {"bb", "{\"B\":{}}"}}) {
                s.executeUpdate("INSERT INTO assessment_log (pack, pack_version, input_hash, input_json, verdict, measures_json,"
                        + " duration_micros, assessed_at) VALUES ('bih-nato', 'v1', '" + row[0] + "', '" + row[1] + "', 'BLOCKED', '[]', 5,"
                        + " CURRENT_TIMESTAMP)");
            }
        }

        Flyway.configure().dataSource(URL, "sa", "").load().migrate();

        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            assertEquals(3, count(s, "SELECT COUNT(*) FROM assessment_log"), "every entry stays");
            assertEquals(2, count(s, "SELECT COUNT(*) FROM assessment_input"), "each input once");
            assertEquals(2, count(s, "SELECT COUNT(*) FROM assessment_log l JOIN assessment_input i ON i.input_hash = l.input_hash"
                    + " WHERE i.input_json = '{\"A\":{}}'"), "the entries still find their input");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
