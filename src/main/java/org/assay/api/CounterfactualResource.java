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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.concurrent.CompletionStage;

/** Counterfactuals: the cheapest changes of the pack's levers that reach a verdict or clear a finding or measure. */
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
    @Operation(summary = "Find the cheapest lever changes that reach a target verdict, or remove a finding or a measure")
    public CompletionStage<CounterfactualReport> search(@PathParam("pack") String pack,
                                       @RequestBody(content = @Content(schema = @Schema(implementation = CounterfactualRequest.class))) byte[] body) {
        return pools.heavy(deadline -> counterfactuals.search(pack, json.parse(body), deadline));
    }
}
