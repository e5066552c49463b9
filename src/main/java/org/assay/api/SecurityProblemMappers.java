package org.assay.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.assay.security.Roles;
import org.assay.store.NotScenarioOwnerException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Refusals in the service's one problem+json shape (see {@link ProblemMappers}): 401 with a
 * challenge when no user or a wrong password or token was sent, 403 when the user lacks the role
 * or does not own the scenario.
 *
 * <p>A script that asks for the password itself, as the analyst's page does, says so with
 * {@code X-Requested-With: XMLHttpRequest} (a header only scripts can set). Browsers answer a
 * {@code Basic} challenge with their own password dialog, even to a script's request, and then keep
 * sending what was typed there, so that the page could neither show its own form nor sign out. Such
 * requests get the challenge under the scheme name {@code XBasic}, which no browser acts on; the
 * page then sends the credentials as {@code Basic}, as every other client does. A 401 still always
 * carries {@code WWW-Authenticate}, as HTTP requires.
 */
public class SecurityProblemMappers {
    static final String CHALLENGE = "Basic realm=\"Assay\", charset=\"UTF-8\"";
    static final String SCRIPT_CHALLENGE = "XBasic realm=\"Assay\", charset=\"UTF-8\"";
    private static final String SCRIPT_HEADER = "X-Requested-With";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return challenge(headers, "this needs a signed-in user (HTTP Basic or a bearer token): saving, changing and deleting scenarios"
                + " need the " + Roles.ANALYST + ", " + Roles.RULE_AUTHOR + " or " + Roles.ADMIN + " role; reloading, validating"
                + " and testing rules need the " + Roles.RULE_AUTHOR + " role");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return challenge(headers, "the user name or password is wrong, or the token is not valid");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemMappers.respond(Problem.of(ProblemType.FORBIDDEN,
                "the signed-in user lacks the role this needs: saving scenarios needs " + Roles.ANALYST + ", " + Roles.RULE_AUTHOR
                        + " or " + Roles.ADMIN + "; reloading, validating and testing rules need " + Roles.RULE_AUTHOR,
                List.of()));
    }

    @ServerExceptionMapper
    public Response notOwner(NotScenarioOwnerException e) {
        return ProblemMappers.respond(Problem.of(ProblemType.NOT_OWNER, e.getMessage(), List.of()));
    }

    private static Response challenge(HttpHeaders headers, String detail) {
        String scheme = "XMLHttpRequest".equalsIgnoreCase(headers.getHeaderString(SCRIPT_HEADER)) ? SCRIPT_CHALLENGE : CHALLENGE;
        return Response.fromResponse(ProblemMappers.respond(Problem.of(ProblemType.UNAUTHENTICATED, detail, List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, scheme)
                .build();
    }
}
