package org.assay.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.store.StoreException;
import org.assay.store.StoreHeartbeat;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready while the store can write. Without it, saved scenarios and the assessment log would be lost
 * quietly; with it, a load balancer stops sending traffic until the database writes again, which the
 * store notices by itself at the next check.
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(StoreReadiness.class);

    @Inject
    StoreHeartbeat heartbeat;

    @Override
    public HealthCheckResponse call() {
        try {
            heartbeat.beat();
            return HealthCheckResponse.up("store");
        } catch (StoreException e) {
            // The database's own message can name files on the server; it goes to the log, not to the answer.
            LOG.warnf(e, "The store cannot write");
            return HealthCheckResponse.named("store").down().withData("error", "the database cannot be written; see the service's log").build();
        }
    }
}
