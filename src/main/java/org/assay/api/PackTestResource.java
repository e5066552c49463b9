package org.assay.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assay.tester.Comparison;
import org.assay.tester.PackReport;
import org.assay.tester.PackTestService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rule authoring: run the serving pack's tests, and compare the serving version with a candidate.
 * A candidate's DRL is compiled in the service, so both need the {@value PackAuthoringResource#AUTHOR} role.
 */
@Tag(name = "Authoring")
@Path("/api/v1/packs/{pack}")
@RolesAllowed(PackAuthoringResource.AUTHOR)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class PackTestResource {

    @Inject
    PackTestService tests;

    @Inject
    JsonBody json;

    @POST
    @Path("/tests")
    @Operation(operationId = "runPackTests", summary = "Run the pack's tests and properties; report each with pass or fail, and the rule and measure coverage")
    @APIResponseSchema(value = PackReport.class, responseDescription = "each test and property, passed or failed, and the coverage")
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public PackReport test(@Parameter(ref = "pack") @PathParam("pack") String pack) {
        return tests.test(pack);
    }

    @POST
    @Path("/compare")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "compareCandidate", summary = "Compile a candidate aside (DRL files replacing the pack's) and list every test and named scenario"
            + " whose outcome differs from the serving version's; the candidate never serves")
    @APIResponseSchema(value = Comparison.class, responseDescription = "every test and named scenario whose outcome the candidate changes")
    @APIResponse(responseCode = "422", description = "candidate-does-not-load: the candidate's DRL does not compile; errors name file:line:column")
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public Comparison compare(@Parameter(ref = "pack") @PathParam("pack") String pack,
                              @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = CandidateRequest.class),
                                       examples = @ExampleObject(name = "candidate", ref = "candidate"))) byte[] body) {
        return tests.compare(pack, CandidateRequest.read(json.parse(body)));
    }
}
