package org.assay.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.loading.CompileProblem;
import org.assay.engine.serving.PackUnavailableException;
import org.assay.engine.serving.UnknownPackException;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.assay.tester.CandidateException;
import org.assay.work.LimitExceededException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Maps every failure to one problem+json shape; no class name or stack trace ever leaves the service. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidFacts(InvalidFactsException e) {
        return respond(problem(e));
    }

    @ServerExceptionMapper
    public Response malformedJson(MalformedJsonException e) {
        return respond(Problem.of(ProblemType.MALFORMED_JSON, e.getMessage(), List.of(e.violation())));
    }

    @ServerExceptionMapper
    public Response unknownPack(UnknownPackException e) {
        return respond(problem(e));
    }

    @ServerExceptionMapper
    public Response unavailablePack(PackUnavailableException e) {
        return respond(problem(e));
    }

    @ServerExceptionMapper
    public Response evaluation(EvaluationException e) {
        return respond(problem(e));
    }

    /** DRL files to validate or compare that are not given properly (400), or do not load (422). */
    @ServerExceptionMapper
    public Response candidate(CandidateException e) {
        ProblemType type = switch (e.reason()) {
            case MALFORMED -> ProblemType.INVALID_CANDIDATE;
            case DOES_NOT_LOAD -> ProblemType.CANDIDATE_DOES_NOT_LOAD;
        };
        return respond(Problem.of(type, e.getMessage(), e.problems()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        return problem(e);
    }

    /** A refusal of the HTTP layer, as problem+json with a detail that says what to do. */
    static Response problem(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = e.getMessage();
        boolean generic = message == null || message.startsWith("HTTP " + status);
        String detail = !generic ? message : switch (status) {
            case 404 -> "no such resource; the API is under /api/v1 (see /q/openapi)";
            case 406 -> "this resource answers in no media type the Accept header allows";
            case 413 -> "the request body is larger than the service accepts";
            case 415 -> "send the body as JSON with Content-Type: application/json";
            default -> message;
        };
        return respond(Problem.http(status, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while serving a request", e);
        return respond(internal());
    }

    static Problem problem(InvalidFactsException e) {
        return Problem.of(ProblemType.INVALID_FACTS, e.getMessage(), e.violations());
    }

    static Problem problem(EvaluationException e) {
        List<Violation> errors = e.rules().stream().map(r -> new Violation("rule", r)).toList();
        return Problem.of(ProblemType.of(e.reason()), e.getMessage(), errors);
    }

    static Problem problem(UnknownPackException e) {
        return Problem.of(ProblemType.UNKNOWN_PACK, e.getMessage(), List.of());
    }

    static Problem problem(PackUnavailableException e) {
        return Problem.of(ProblemType.PACK_UNAVAILABLE, e.getMessage(), located(e.problems()));
    }

    /** Compile problems as errors whose path is {@code file:line:column}, where an author jumps to. */
    static List<Violation> located(List<CompileProblem> problems) {
        return problems.stream().map(p -> new Violation(p.file() + ":" + p.line() + ":" + p.column(), p.message())).toList();
    }

    /**
     * The problem for a failure inside a streamed answer (a sweep's last line, one item of a batch),
     * where no mapper runs because the status has gone out already.
     */
    static Problem problem(RuntimeException e) {
        if (e instanceof InvalidFactsException invalid) {
            return problem(invalid);
        }
        if (e instanceof EvaluationException evaluation) {
            return problem(evaluation);
        }
        if (e instanceof UnknownPackException unknown) {
            return problem(unknown);
        }
        if (e instanceof PackUnavailableException unavailable) {
            return problem(unavailable);
        }
        if (e instanceof LimitExceededException limit) {
            return WorkProblemMappers.problem(limit);
        }
        LOG.error("Unexpected failure inside a streamed answer", e);
        return internal();
    }

    private static Problem internal() {
        return Problem.of(ProblemType.INTERNAL, "the service failed unexpectedly; the failure is logged", List.of());
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
