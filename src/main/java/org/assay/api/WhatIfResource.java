package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.whatif.WhatIf;
import org.assay.whatif.WhatIfResult;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.concurrent.CompletionStage;

/** What-ifs: a base assessed with and without changes, and the difference traced to the changed facts. */
@Tag(name = "What-if")
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
    @Operation(operationId = "whatIf", summary = "Assess a base with and without changes; returns both assessments and their difference, "
            + "each difference traced to the changed facts behind it")
    @APIResponse(responseCode = "200", description = "both assessments, each with its id, and their difference", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WhatIfResult.class)), headers = @Header(name = AssessmentHeaders.ID, ref = "AssessmentIds"))
    @APIResponse(responseCode = "422", description = Documented.NOT_ASSESSED)
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public CompletionStage<Response> compare(@Parameter(ref = "pack") @PathParam("pack") String pack,
                                @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = AssessmentRequest.class),
                                        examples = @ExampleObject(name = "pactSigned", ref = "pactSigned"))) byte[] body) {
        return pools.run(input.of(body), () -> whatIf.prepare(pack, json.parse(body))).thenApply(AssessmentHeaders::both);
    }
}
