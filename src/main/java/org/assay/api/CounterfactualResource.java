package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assay.whatif.CounterfactualReport;
import org.assay.whatif.Counterfactuals;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.concurrent.CompletionStage;

/** Counterfactuals: the cheapest changes of the pack's levers that reach a verdict or clear a finding or measure. */
@Tag(name = "What-if")
@Path("/api/v1/packs/{pack}/counterfactuals")
public class CounterfactualResource {

    @Inject
    Counterfactuals counterfactuals;

    @Inject
    JsonBody json;

    @Inject
    WorkPools pools;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "findCounterfactuals", summary = "Find the cheapest lever changes that reach a target verdict, or remove a finding or a measure")
    @APIResponseSchema(value = CounterfactualReport.class, responseDescription = "the cheapest answers found, or what stands in the way")
    @APIResponse(responseCode = "422", description = Documented.NOT_ASSESSED)
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public CompletionStage<CounterfactualReport> search(@Parameter(ref = "pack") @PathParam("pack") String pack,
                                       @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                               schema = @Schema(implementation = CounterfactualRequest.class),
                                               examples = @ExampleObject(name = "counterfactual", ref = "counterfactual"))) byte[] body) {
        return pools.heavy(deadline -> counterfactuals.search(pack, json.parse(body), deadline));
    }
}
