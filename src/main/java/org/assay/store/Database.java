package org.assay.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The one database the store uses. Both an H2 and a PostgreSQL datasource are built into the jar,
 * because Quarkus fixes a datasource's kind at build time; configuration at run time activates one
 * of them, and this picks whichever is active, at start, so that a misconfiguration stops the start.
 */
@Startup
@ApplicationScoped
public class Database {

    /** Work done on one connection; it may throw SQLException, which the store reports as a {@link StoreException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    @Any
    InjectableInstance<AgroalDataSource> dataSources;

    private AgroalDataSource dataSource;

    @PostConstruct
    void pick() {
        List<AgroalDataSource> active = dataSources.listActive();
        if (active.size() != 1) {
            throw new IllegalStateException("The store needs exactly one active datasource, found " + active.size()
                    + "; for PostgreSQL run with quarkus.profile=prod,postgresql (see docs/operations.md)");
        }
        dataSource = active.get(0);
    }

    /** Runs the work in one transaction: all of it is committed before this returns, or none of it. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs read-only work. */
    public <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * A database that was closed or restarted leaves dead connections in the pool, and each would
     * fail the next work that borrows it; dropping them at the first failure lets the next work open
     * fresh ones, so the store recovers by itself once the database can be reached again.
     */
    private StoreException failed(SQLException e) {
        dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        return new StoreException(e);
    }
}
