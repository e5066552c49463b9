package org.assay.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;

/**
 * Who may use the API beyond authoring: anyone by default, or only signed-in users when
 * {@code assay.security.assessments-require-auth} is set. Applied to {@code /api/v1/*} in
 * application.properties; authoring endpoints ask for the rule-author role on top.
 */
@ApplicationScoped
public class ApiAccessPolicy implements HttpSecurityPolicy {
    static final String NAME = "assay-api";

    @Inject
    AssayConfig config;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        if (!config.security().assessmentsRequireAuth()) {
            return CheckResult.permit();
        }
        return identity.map(user -> user.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return NAME;
    }
}
