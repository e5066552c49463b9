package org.assay.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.PackStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while at least one pack serves. Each pack's state is in the data: a DEGRADED pack still
 * serves its last good version, so it keeps the service ready, but says that its newest files fail.
 * With no pack at all, {@code rules} says where the service looked and which setting to change.
 */
@Readiness
@ApplicationScoped
public class PacksReadiness implements HealthCheck {

    @Inject
    PackRegistry registry;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("packs").status(registry.loadedCount() > 0);
        for (PackStatus status : registry.all()) {
            response.withData(status.id(), describe(status));
        }
        registry.noPacksFound().ifPresent(why -> response.withData("rules", why));
        return response.build();
    }

    private static String describe(PackStatus status) {
        return switch (status.state()) {
            case LOADED -> "LOADED " + status.pack().version();
            case DEGRADED -> "DEGRADED: version " + status.pack().version() + " serves; the newest files have "
                    + status.problems().size() + " problem(s), see /api/v1/packs/" + status.id();
            case FAILED -> "FAILED: nothing serves; see /api/v1/packs/" + status.id();
        };
    }
}
