package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assay.engine.Assessment;
import org.assay.whatif.EvidencedAssessor;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Assessments of a fact set, or of the baseline with changes. */
@Path("/api/v1/packs/{pack}/assessments")
public class AssessmentResource {

    @Inject
    EvidencedAssessor assessor;

    @Inject
    JsonBody json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a fact set, or the baseline with changes (a JSON Merge Patch)")
    public Assessment assess(@PathParam("pack") String pack,
                             @Parameter(description = "whether to vary each weak value (LOW confidence or unsourced) and report which conclusions hinge on it")
                             @QueryParam("fragility") @DefaultValue("true") boolean fragility,
                             @RequestBody(content = @Content(schema = @Schema(implementation = AssessmentRequest.class))) byte[] body) {
        return assessor.assess(pack, json.parse(body), fragility);
    }
}
