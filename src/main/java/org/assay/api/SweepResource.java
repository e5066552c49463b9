package org.assay.api;

import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.assay.whatif.SweepLine;
import org.assay.whatif.SweepPlan;
import org.assay.whatif.SweepReport;
import org.assay.whatif.Sweeps;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sweeps of one or two levers: the verdict and measures at every grid point, and where they flip. */
@Tag(name = "What-if")
@Path("/api/v1/packs/{pack}/sweeps")
public class SweepResource {
    @Inject
    Sweeps sweeps;

    @Inject
    JsonBody json;

    @Inject
    WorkPools pools;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Documented.NDJSON})
    @Operation(operationId = "sweep", summary = "Sweep one or two levers over a base; send Accept: application/x-ndjson to stream large sweeps")
    @APIResponse(responseCode = "200", description = "the sweep: as one JSON document, or streamed one JSON object per line",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SweepReport.class)),
                    @Content(mediaType = Documented.NDJSON, schema = @Schema(implementation = SweepLine.class))})
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    @APIResponse(responseCode = "422", description = Documented.NOT_ASSESSED + "; or " + Documented.LIMIT_EXCEEDED)
    public Response sweep(@Parameter(ref = "pack") @PathParam("pack") String pack, @Context Request request,
                          @Context HttpServerResponse response,
                          @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SweepRequest.class),
                                  examples = @ExampleObject(name = "sweep", ref = "sweep"))) byte[] body) {
        boolean lines = JsonOrLines.lines(request);
        // Admitted before the body is read: reading a large base is heavy work too, and a refusal must cost nothing.
        WorkPools.Ticket ticket = pools.admit();
        SweepPlan plan;
        try {
            plan = pools.onHeavy(() -> sweeps.plan(pack, json.parse(body)));
            if (!lines) {
                sweeps.checkInline(plan);
            }
        } catch (RuntimeException e) {
            ticket.close();
            throw e;
        }
        if (lines) {
            StreamingOutput stream = out -> {
                try (ticket) {
                    sweeps.stream(plan, ticket.deadline(), out, ProblemMappers::problem, response::closed);
                }
            };
            return Response.ok(stream, Documented.NDJSON).build();
        }
        try (ticket) {
            return Response.ok(sweeps.inline(plan, ticket.deadline(), ProblemMappers::problem), MediaType.APPLICATION_JSON).build();
        }
    }
}
