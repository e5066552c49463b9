package org.assay.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Proves the store can write: one row updated and committed. A read alone would pass on a database
 * that has a full disk or was opened read-only, and the store's job is to keep what it is given.
 */
@ApplicationScoped
public class StoreHeartbeat {

    @Inject
    Database database;

    /** @throws StoreException when the store cannot write now */
    public void beat() {
        database.inTransaction(c -> {
            try (PreparedStatement beat = c.prepareStatement("UPDATE store_heartbeat SET beat_at = ? WHERE id = 1")) {
                beat.setObject(1, ScenarioStore.utc(Instant.now()));
                return beat.executeUpdate();
            }
        });
    }
}
