package org.assay.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Quarkus security's refusals in the service's one problem+json shape (see {@link ProblemMappers}):
 * 401 with the HTTP Basic challenge when no user or a wrong password was sent, 403 when the user
 * lacks the role.
 */
public class SecurityProblemMappers {
    static final String CHALLENGE = "Basic realm=\"Assay\", charset=\"UTF-8\"";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return challenge("this needs a signed-in user (HTTP Basic); reloading, validating and testing rules need the "
                + PackAuthoringResource.AUTHOR + " role");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("the user name or password is wrong");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemMappers.respond(Problem.of("forbidden", "Forbidden", 403,
                "the signed-in user lacks the role this needs; reloading, validating and testing rules need " + PackAuthoringResource.AUTHOR,
                List.of()));
    }

    private static Response challenge(String detail) {
        return Response.fromResponse(ProblemMappers.respond(Problem.of("unauthenticated", "Authentication required", 401, detail, List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }
}
