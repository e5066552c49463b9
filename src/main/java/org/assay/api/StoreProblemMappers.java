package org.assay.api;

import jakarta.ws.rs.core.Response;
import org.assay.facts.Violation;
import org.assay.store.InvalidRequestException;
import org.assay.store.StoreException;
import org.assay.store.UnknownAssessmentException;
import org.assay.store.UnknownScenarioException;
import org.assay.store.UnknownScenarioPackException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The store's failures in the service's one problem+json shape (see {@link ProblemMappers}). */
public class StoreProblemMappers {
    private static final Logger LOG = Logger.getLogger(StoreProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return ProblemMappers.respond(Problem.of(ProblemType.INVALID_REQUEST, e.getMessage(), e.violations()));
    }

    @ServerExceptionMapper
    public Response unknownScenario(UnknownScenarioException e) {
        return ProblemMappers.respond(Problem.of(ProblemType.UNKNOWN_SCENARIO, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response unknownAssessment(UnknownAssessmentException e) {
        return ProblemMappers.respond(Problem.of(ProblemType.UNKNOWN_ASSESSMENT, e.getMessage(), List.of()));
    }

    /** 422: the body is well formed, but names a pack it cannot be checked against. */
    @ServerExceptionMapper
    public Response scenarioPackUnknown(UnknownScenarioPackException e) {
        String loaded = e.loaded().isEmpty() ? "none" : String.join(", ", e.loaded());
        return ProblemMappers.respond(Problem.of(ProblemType.SCENARIO_PACK_UNKNOWN, e.getMessage(),
                List.of(new Violation("pack", "unknown pack \"" + e.pack() + "\"; loaded packs: " + loaded))));
    }

    @ServerExceptionMapper
    public Response storeFailed(StoreException e) {
        LOG.error("The store failed while serving a request", e);
        return ProblemMappers.respond(Problem.of(ProblemType.STORE_UNAVAILABLE, "the database cannot serve the request now; the failure is logged", List.of()));
    }
}
