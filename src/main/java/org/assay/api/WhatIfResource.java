package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assay.whatif.WhatIf;
import org.assay.whatif.WhatIfResult;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.concurrent.CompletionStage;

/** What-ifs: a base assessed with and without changes, and the difference traced to the changed facts. */
@Path("/api/v1/packs/{pack}/what-if")
public class WhatIfResource {

    @Inject
    WhatIf whatIf;

    @Inject
    JsonBody json;

    @Inject
    WorkPools pools;

    @Inject
    InputBytes input;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a base with and without changes; returns both assessments and their difference, "
            + "each difference traced to the changed facts behind it")
    public CompletionStage<WhatIfResult> compare(@PathParam("pack") String pack,
                                @RequestBody(content = @Content(schema = @Schema(implementation = AssessmentRequest.class))) byte[] body) {
        return pools.run(input.of(body), () -> whatIf.prepare(pack, json.parse(body)));
    }
}
