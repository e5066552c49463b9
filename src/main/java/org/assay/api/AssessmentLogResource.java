package org.assay.api;

import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The log of assessments served: one entry by its assessment's id, a listing, and a replay against the pack version
 * serving now. Each is open to whoever may assess ({@link ApiAccessPolicy}), as the listing always was: an id only
 * names an entry the listing shows too.
 */
@Tag(name = "Assessment log")
@Path("/api/v1/assessments")
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
    @Path("/{id}")
    @Operation(operationId = "getLoggedAssessment", summary = "One logged assessment by the id its answer gave: pack, version, input, ratings, measures and when")
    @APIResponseSchema(value = LoggedAssessment.class, responseDescription = "the log entry, with its input")
    @APIResponse(responseCode = "400", description = "the id is not an assessment id (a UUID in lower case); errors name id")
    public LoggedAssessment get(@Parameter(ref = "assessmentId") @PathParam("id") String id) {
        return history.find(id);
    }

    @GET
    @Path("/log")
    @Operation(operationId = "listLoggedAssessments", summary = "Logged assessments, newest first; filter by pack, verdict and time (from inclusive, to exclusive, ISO-8601)")
    public Slice<LoggedAssessment> find(@Parameter(ref = "logPack") @QueryParam("pack") String pack,
                                        @Parameter(ref = "logVerdict") @QueryParam("verdict") String verdict,
                                        @Parameter(ref = "logFrom") @QueryParam("from") String from,
                                        @Parameter(ref = "logTo") @QueryParam("to") String to,
                                        @Parameter(description = "how many to return at most", schema = @Schema(type = SchemaType.INTEGER,
                                                minimum = "1", maximum = "" + MAX_PAGE, defaultValue = "" + DEFAULT_PAGE))
                                        @QueryParam("limit") String limit,
                                        @Parameter(ref = "offset") @QueryParam("offset") String offset) {
        return history.find(LogQuery.parse(pack, verdict, from, to, limit, offset, DEFAULT_PAGE, MAX_PAGE, levels(pack)));
    }

    @POST
    @Path("/log/replay")
    @Operation(operationId = "replayLog", summary = "Re-assess a pack's logged inputs with its current version; lists those whose verdict or measures change")
    @APIResponseSchema(value = ReplayReport.class, responseDescription = "what the current version would answer differently")
    @APIResponse(responseCode = "422", description = Documented.LIMIT_EXCEEDED + " (the replay's time limit among them)")
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    public CompletionStage<ReplayReport> replay(@Parameter(ref = "logPack") @QueryParam("pack") String pack,
                                                @Parameter(ref = "logVerdict") @QueryParam("verdict") String verdict,
                                                @Parameter(ref = "logFrom") @QueryParam("from") String from,
                                                @Parameter(ref = "logTo") @QueryParam("to") String to,
                                                @Parameter(description = "how many logged inputs to replay at most", schema = @Schema(
                                                        type = SchemaType.INTEGER, minimum = "1", maximum = "" + LogReplay.MAX_LIMIT,
                                                        defaultValue = "" + LogReplay.DEFAULT_LIMIT))
                                                @QueryParam("limit") String limit,
                                                @Parameter(ref = "offset") @QueryParam("offset") String offset,
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
