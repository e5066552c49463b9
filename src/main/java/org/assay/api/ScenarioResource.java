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
import org.assay.engine.loading.Scenario;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** A pack's named what-if scenarios; assess one with {@code {"scenario": "name"}}. */
@Tag(name = "Packs")
@Path("/api/v1/packs/{pack}/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    @Inject
    PackRegistry registry;

    @GET
    @Operation(operationId = "listPackScenarios", summary = "The pack's named scenarios: name, title, description and changes against the baseline")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    @APIResponseSchema(value = Scenario[].class, responseDescription = "the named scenarios")
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public RestResponse<List<Scenario>> list(@Parameter(ref = "pack") @PathParam("pack") String id, @Context Request request) {
        Pack pack = registry.serving(id);
        return Conditional.read(request, PackTags.of(pack), "the scenarios of pack \"" + id + "\"",
                () -> List.copyOf(pack.scenarios().values()));
    }

    @GET
    @Path("/{name}")
    @Operation(operationId = "getPackScenario", summary = "One named scenario")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    @APIResponseSchema(value = Scenario.class, responseDescription = "the named scenario")
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public RestResponse<Scenario> get(@Parameter(ref = "pack") @PathParam("pack") String id,
                                      @Parameter(ref = "scenarioName") @PathParam("name") String name, @Context Request request) {
        Pack pack = registry.serving(id);
        Scenario scenario = pack.scenarios().get(name);
        if (scenario == null) {
            throw new NotFoundException("no scenario \"" + name + "\" in pack \"" + id + "\"");
        }
        return Conditional.read(request, PackTags.of(pack), "scenario \"" + name + "\" of pack \"" + id + "\"", () -> scenario);
    }
}
