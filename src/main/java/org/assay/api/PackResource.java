package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.PackStatus;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Collection;
import java.util.List;

/** The packs the service holds: the list, one pack's rules and schema, and its baseline. */
@Tag(name = "Packs")
@Path("/api/v1/packs")
@Produces(MediaType.APPLICATION_JSON)
public class PackResource {

    @Inject
    PackRegistry registry;

    @GET
    @Operation(operationId = "listPacks", summary = "The packs in the rules directory, loaded or failed")
    @APIResponseSchema(value = PackViews.Summary[].class, responseDescription = "every pack, loaded or failed")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    public RestResponse<List<PackViews.Summary>> list(@Context Request request) {
        Collection<PackStatus> all = registry.all();
        return Conditional.read(request, PackTags.of(all), "the list of packs", () -> all.stream().map(PackViews::summary).toList());
    }

    @GET
    @Path("/{pack}")
    @Operation(operationId = "getPack", summary = "One pack: its rules with their metadata, fact schema, sources and levers; or why it failed")
    @APIResponseSchema(value = PackViews.Detail.class, responseDescription = "the pack")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    public RestResponse<PackViews.Detail> get(@Parameter(ref = "pack") @PathParam("pack") String id, @Context Request request) {
        PackStatus status = registry.status(id);
        return Conditional.read(request, PackTags.of(status), "pack \"" + id + "\"", () -> PackViews.detail(status));
    }

    @GET
    @Path("/{pack}/baseline")
    @Operation(operationId = "getBaseline", summary = "The pack's reference fact set")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = "invalid-facts: the pack has no baseline")
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    @APIResponse(responseCode = "200", description = "the baseline fact set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FreeFormObject")))
    public RestResponse<JsonNode> baseline(@Parameter(ref = "pack") @PathParam("pack") String id, @Context Request request) {
        Pack pack = registry.serving(id);
        if (pack.baseline() == null) {
            throw new InvalidFactsException("The pack has no baseline",
                    List.of(new Violation("baseline", "pack \"" + id + "\" has no baseline.json")));
        }
        return Conditional.read(request, PackTags.of(pack), "the baseline of pack \"" + id + "\"", pack::baseline);
    }
}
