package org.assay.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.engine.PackRegistry;
import org.assay.engine.PackStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once at least one pack serves; lists which packs loaded and which failed. */
@Readiness
@ApplicationScoped
public class PacksReadiness implements HealthCheck {

    @Inject
    PackRegistry registry;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("packs").status(registry.loadedCount() > 0);
        for (PackStatus status : registry.all()) {
            response.withData(status.id(), status.loaded() ? "loaded " + status.pack().version() : "failed");
        }
        return response.build();
    }
}
