package org.assay.api;

import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.assay.engine.Pack;
import org.assay.engine.loading.Ratings;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.PackStatus;
import org.assay.store.AssessmentHistory;
import org.assay.store.LogQuery;
import org.assay.store.LogReplay;
import org.assay.store.LoggedAssessment;
import org.assay.store.ReplayReport;
import org.assay.store.Slice;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The log of assessments served, and its replay against the pack version serving now. */
@Path("/api/v1/assessments/log")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentLogResource {
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1_000;

    @Inject
    AssessmentHistory history;

    @Inject
    LogReplay replay;

    @Inject
    WorkPools pools;

    @Inject
    PackRegistry packs;

    @GET
    @Operation(summary = "Logged assessments, newest first; filter by pack, verdict and time (from inclusive, to exclusive, ISO-8601)")
    public Slice<LoggedAssessment> find(@QueryParam("pack") String pack, @QueryParam("verdict") String verdict,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return history.find(LogQuery.parse(pack, verdict, from, to, limit, offset, DEFAULT_PAGE, MAX_PAGE, levels(pack)));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Re-assess a pack's logged inputs with its current version; lists those whose verdict or measures change")
    public CompletionStage<ReplayReport> replay(@QueryParam("pack") String pack, @QueryParam("verdict") String verdict,
                                                @QueryParam("from") String from, @QueryParam("to") String to,
                                                @QueryParam("limit") String limit, @QueryParam("offset") String offset,
                                                @Context HttpServerResponse response) {
        LogQuery query = LogQuery.parse(pack, verdict, from, to, limit, offset, LogReplay.DEFAULT_LIMIT, LogReplay.MAX_LIMIT,
                levels(pack));
        return pools.heavy(deadline -> replay.replay(query, deadline, response::closed));
    }

    /**
     * The verdicts a filter may name: the headline levels of the pack asked for when it serves; otherwise those of every
     * pack that serves and of the default rating (a pack that no longer serves may still have entries).
     */
    private Set<String> levels(String pack) {
        List<Pack> serving = packs.all().stream().map(PackStatus::pack).filter(Objects::nonNull).toList();
        Optional<Pack> asked = serving.stream().filter(p -> p.id().equals(pack)).findFirst();
        if (asked.isPresent()) {
            return new LinkedHashSet<>(asked.get().ratings().headline().levels());
        }
        Set<String> levels = new LinkedHashSet<>(Ratings.DEFAULT.headline().levels());
        serving.forEach(p -> levels.addAll(p.ratings().headline().levels()));
        return levels;
    }
}
