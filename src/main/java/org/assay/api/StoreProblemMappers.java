package org.assay.api;

import jakarta.ws.rs.core.Response;
import org.assay.facts.Violation;
import org.assay.store.InvalidRequestException;
import org.assay.store.StoreException;
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
        return ProblemMappers.respond(Problem.of("invalid-request", "Invalid request", 400, e.getMessage(), e.violations()));
    }

    @ServerExceptionMapper
    public Response unknownScenario(UnknownScenarioException e) {
        return ProblemMappers.respond(Problem.of("unknown-scenario", "Unknown scenario", 404, e.getMessage(), List.of()));
    }

    /** 422: the body is well formed, but names a pack it cannot be checked against. */
    @ServerExceptionMapper
    public Response unknownPack(UnknownScenarioPackException e) {
        String loaded = e.loaded().isEmpty() ? "none" : String.join(", ", e.loaded());
        return ProblemMappers.respond(Problem.of("unknown-pack", "Unknown pack", 422, e.getMessage(),
                List.of(new Violation("pack", "unknown pack \"" + e.pack() + "\"; loaded packs: " + loaded))));
    }

    @ServerExceptionMapper
    public Response storeFailed(StoreException e) {
        LOG.error("The store failed while serving a request", e);
        return ProblemMappers.respond(Problem.of("store-unavailable", "Store unavailable", 503,
                "the database cannot serve the request now; the failure is logged", List.of()));
    }
}
