package org.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the assessment log within its bounds: entries older than the age limit go, then the oldest
 * beyond the count limit, then every stored input that no entry names any more. Only the log's
 * writer thread runs this, so no entry can be written between the last two steps.
 */
final class LogRetention {
    /** What one pruning removed. */
    record Pruned(int entries, int inputs) {
    }

    private LogRetention() {
    }

    static Pruned prune(Connection c, Instant now, Duration maxAge, long maxEntries) throws SQLException {
        int entries;
        try (PreparedStatement old = c.prepareStatement("DELETE FROM assessment_log WHERE assessed_at < ?")) {
            old.setObject(1, ScenarioStore.utc(now.minus(maxAge)));
            entries = old.executeUpdate();
        }
        Long newestGone = null;
        try (PreparedStatement beyond = c.prepareStatement("SELECT id FROM assessment_log ORDER BY id DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
            beyond.setLong(1, maxEntries);
            try (ResultSet rs = beyond.executeQuery()) {
                if (rs.next()) {
                    newestGone = rs.getLong(1);
                }
            }
        }
        if (newestGone != null) {
            try (PreparedStatement oldest = c.prepareStatement("DELETE FROM assessment_log WHERE id <= ?")) {
                oldest.setLong(1, newestGone);
                entries += oldest.executeUpdate();
            }
        }
        int inputs = 0;
        if (entries > 0) {
            try (PreparedStatement orphans = c.prepareStatement("DELETE FROM assessment_input WHERE NOT EXISTS "
                    + "(SELECT 1 FROM assessment_log l WHERE l.input_hash = assessment_input.input_hash)")) {
                inputs = orphans.executeUpdate();
            }
        }
        return new Pruned(entries, inputs);
    }
}
