package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.assay.whatif.SweepPlan;
import org.assay.whatif.Sweeps;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Sweeps of one or two levers: the verdict and measures at every grid point, and where they flip. */
@Path("/api/v1/packs/{pack}/sweeps")
public class SweepResource {
    static final String NDJSON = "application/x-ndjson";

    @Inject
    Sweeps sweeps;

    @Inject
    JsonBody json;

    @Inject
    WorkPools pools;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(summary = "Sweep one or two levers over a base; send Accept: application/x-ndjson to stream large sweeps")
    public Response sweep(@PathParam("pack") String pack, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                          @Context HttpServerResponse response,
                          @RequestBody(content = @Content(schema = @Schema(implementation = SweepRequest.class))) byte[] body) {
        // Admitted before the body is read: reading a large base is heavy work too, and a refusal must cost nothing.
        WorkPools.Ticket ticket = pools.admit();
        SweepPlan plan;
        boolean lines = accept != null && accept.contains(NDJSON);
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
            return Response.ok(stream, NDJSON).build();
        }
        try (ticket) {
            return Response.ok(sweeps.inline(plan, ticket.deadline(), ProblemMappers::problem), MediaType.APPLICATION_JSON).build();
        }
    }
}
