package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Set;

/** Refusals of HTTP's own rules (a malformed parameter, a method the path does not allow, a precondition) as problem+json. */
public class HttpProblemMappers {

    @Inject
    AllowedMethods allowed;

    @ServerExceptionMapper
    public Response malformedParameter(StrictParameters.MalformedParameterException e) {
        return ProblemMappers.respond(Problem.of(ProblemType.INVALID_REQUEST, e.getMessage(), List.of(e.violation())));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return notAllowed(allowed.of(uri.getPath()));
    }

    /**
     * A path that exists, asked with a method it does not allow, is a 405 too: Quarkus REST answers 404 when another
     * resource shares the path's start ({@code GET /api/v1/packs/{pack}/what-if}, beside {@code /api/v1/packs/{pack}}).
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        Set<String> methods = allowed.of(uri.getPath());
        if (!methods.isEmpty() && !methods.contains(request.getMethod())) {
            return notAllowed(methods);
        }
        return ProblemMappers.problem(e);
    }

    private static Response notAllowed(Set<String> methods) {
        Problem problem = Problem.http(Response.Status.METHOD_NOT_ALLOWED.getStatusCode(),
                "this method is not allowed on this resource; it allows " + String.join(", ", methods));
        return Response.fromResponse(ProblemMappers.respond(problem)).allow(methods).build();
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e) {
        Problem problem = Problem.of(ProblemType.PRECONDITION_FAILED, e.getMessage(), List.of(e.violation()));
        return Response.fromResponse(ProblemMappers.respond(problem)).header(HttpHeaders.ETAG, e.current()).build();
    }
}
