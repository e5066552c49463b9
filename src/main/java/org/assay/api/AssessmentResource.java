package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.assess.EvidencedAssessor;
import org.assay.engine.evaluation.Assessment;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.concurrent.CompletionStage;

/** Assessments of a fact set, or of the baseline with changes. */
@Tag(name = "Assessments")
@Path("/api/v1/packs/{pack}/assessments")
public class AssessmentResource {
    /** Says whether the same request was answered before by the same pack version, and this answer is that one. */
    static final String CACHE_HEADER = "Assay-Cache";

    @Inject
    EvidencedAssessor assessor;

    @Inject
    JsonBody json;

    @Inject
    WorkPools pools;

    @Inject
    InputBytes input;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assess", summary = "Assess a fact set, or the baseline with changes (a JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "the assessment; the Assay-Cache header says whether it was answered before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assessment.class)),
            headers = {@Header(name = CACHE_HEADER, ref = "AssayCache"), @Header(name = AssessmentHeaders.ID, ref = "AssessmentId"),
                       @Header(name = HttpHeaders.LOCATION, ref = "AssessmentLocation")})
    @APIResponse(responseCode = "422", description = Documented.NOT_ASSESSED)
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public CompletionStage<Response> assess(@Parameter(ref = "pack") @PathParam("pack") String pack,
                           @Parameter(description = "whether to vary each weak value (by default LOW confidence or unsourced; the pack's analysis.weakEvidence says) and report which conclusions hinge on it")
                           @QueryParam("fragility") @DefaultValue("true") boolean fragility,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = AssessmentRequest.class), examples = {
                                   @ExampleObject(name = "baseline", ref = "baseline"), @ExampleObject(name = "mandateLost", ref = "mandateLost"),
                                   @ExampleObject(name = "namedScenario", ref = "namedScenario"), @ExampleObject(name = "snapshot", ref = "snapshot")})) byte[] body) {
        return pools.run(input.of(body), () -> assessor.prepare(pack, body, json::parse, fragility)).thenApply(AssessmentResource::respond);
    }

    private static Response respond(EvidencedAssessor.Served served) {
        // The answer's JSON was written once, when it was first assessed; it is sent as it is, with this assessment's id.
        return AssessmentHeaders.one(Response.ok(served.json(), MediaType.APPLICATION_JSON_TYPE), served.id())
                .header(CACHE_HEADER, served.again() ? "hit" : "miss")
                .build();
    }
}
