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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Rule authoring: run the serving pack's tests, and compare the serving version with a candidate.
 * A candidate's DRL is compiled in the service, so both need the {@value PackAuthoringResource#AUTHOR} role.
 */
@Path("/api/v1/packs/{pack}")
@RolesAllowed(PackAuthoringResource.AUTHOR)
@Produces(MediaType.APPLICATION_JSON)
public class PackTestResource {

    @Inject
    PackTestService tests;

    @Inject
    JsonBody json;

    @POST
    @Path("/tests")
    @Operation(summary = "Run the pack's tests and properties; report each with pass or fail, and the rule and measure coverage")
    public PackReport test(@PathParam("pack") String pack) {
        return tests.test(pack);
    }

    @POST
    @Path("/compare")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compile a candidate aside (DRL files replacing the pack's) and list every test and named scenario"
            + " whose outcome differs from the serving version's; the candidate never serves")
    public Comparison compare(@PathParam("pack") String pack,
                              @RequestBody(content = @Content(schema = @Schema(implementation = CandidateRequest.class))) byte[] body) {
        return tests.compare(pack, CandidateRequest.read(json.parse(body)));
    }
}
