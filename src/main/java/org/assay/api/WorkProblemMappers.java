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

    @ServerExceptionMapper
    public Response busy(BusyException e) {
        return Response.fromResponse(ProblemMappers.respond(Problem.of(ProblemType.BUSY, e.getMessage(), List.of())))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response limitExceeded(LimitExceededException e) {
        return ProblemMappers.respond(problem(e));
    }

    @ServerExceptionMapper
    public Response clientGone(CancellationException e) {
        LOG.infof("A request stopped: %s", e.getMessage());
        return ProblemMappers.respond(Problem.of(ProblemType.CLIENT_GONE, e.getMessage(), List.of()));
    }

    static Problem problem(LimitExceededException e) {
        return Problem.of(ProblemType.LIMIT_EXCEEDED, e.getMessage(), List.of(new Violation(e.field(), e.getMessage())));
    }
}
