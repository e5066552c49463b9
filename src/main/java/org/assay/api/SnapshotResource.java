package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.assay.engine.loading.Snapshot;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** A pack's dated snapshots, each its whole fact set as of its day with that day's evidence; assess one with {@code {"snapshot": "2026-12-01"}}. */
@Tag(name = "Packs")
@Path("/api/v1/packs/{pack}/snapshots")
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotResource {

    @Inject
    PackRegistry registry;

    @GET
    @Operation(operationId = "listSnapshots", summary = "The pack's snapshots, earliest first: date, title, what each covers, its facts and evidence")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    @APIResponseSchema(value = Snapshot[].class, responseDescription = "the snapshots, earliest first")
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public RestResponse<List<Snapshot>> list(@Parameter(ref = "pack") @PathParam("pack") String id, @Context Request request) {
        Pack pack = registry.serving(id);
        return Conditional.read(request, PackTags.of(pack), "the snapshots of pack \"" + id + "\"",
                () -> List.copyOf(pack.snapshots().values()));
    }

    @GET
    @Path("/{date}")
    @Operation(operationId = "getSnapshot", summary = "One snapshot, by the day it is as of")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    @APIResponseSchema(value = Snapshot.class, responseDescription = "the snapshot")
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public RestResponse<Snapshot> get(@Parameter(ref = "pack") @PathParam("pack") String id,
                                      @Parameter(ref = "snapshotDate") @PathParam("date") String date, @Context Request request) {
        Pack pack = registry.serving(id);
        Snapshot snapshot = pack.snapshots().get(date);
        if (snapshot == null) {
            throw new NotFoundException("no snapshot \"" + date + "\" in pack \"" + id + "\"; GET /api/v1/packs/" + id
                    + "/snapshots lists them");
        }
        return Conditional.read(request, PackTags.of(pack), "snapshot " + date + " of pack \"" + id + "\"", () -> snapshot);
    }
}
