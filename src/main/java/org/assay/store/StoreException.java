package org.assay.store;

import java.sql.SQLException;

/** The database failed or could not be reached; the request cannot be served, and nothing half-done was kept. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("the database failed: " + cause.getMessage(), cause);
    }
}
