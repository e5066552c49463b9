package org.assay.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.assay.facts.Violation;
import org.assay.work.BusyException;
import org.assay.work.LimitExceededException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.concurrent.CancellationException;

/** The bounds on work in the service's one problem+json shape (see {@link ProblemMappers}). */
public class WorkProblemMappers {
    private static final Logger LOG = Logger.getLogger(WorkProblemMappers.class);
    /** Nginx's code for a request whose client closed the connection; no one reads the answer. */
    private static final int CLIENT_CLOSED = 499;

    @ServerExceptionMapper
    public Response busy(BusyException e) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(Problem.of("busy", "Too many requests", 429, e.getMessage(), List.of())).build();
    }

    @ServerExceptionMapper
    public Response limitExceeded(LimitExceededException e) {
        return ProblemMappers.respond(problem(e));
    }

    @ServerExceptionMapper
    public Response clientGone(CancellationException e) {
        LOG.infof("A request stopped: %s", e.getMessage());
        return ProblemMappers.respond(Problem.of("client-gone", "Client closed the connection", CLIENT_CLOSED, e.getMessage(), List.of()));
    }

    static Problem problem(LimitExceededException e) {
        return Problem.of("limit-exceeded", "Limit exceeded", 422, e.getMessage(),
                List.of(new Violation(e.field(), e.getMessage())));
    }
}
