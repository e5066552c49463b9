package org.assay.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.engine.loading.PackValidator;
import org.assay.engine.loading.Validation;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.ReloadOutcome;
import org.assay.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.concurrent.CompletionStage;

/**
 * What rule authors do to a pack: reload it from its folder now, and validate DRL before saving it.
 * DRL is code, so both need an authenticated user with the {@value #AUTHOR} role.
 */
@Tag(name = "Authoring")
@Path("/api/v1/packs/{pack}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PackAuthoringResource.AUTHOR)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class PackAuthoringResource {
    /** The role that may change, reload, validate and test rules. */
    public static final String AUTHOR = Roles.RULE_AUTHOR;

    @Inject
    PackRegistry registry;

    @Inject
    PackValidator validator;

    @Inject
    JsonBody json;

    @POST
    @Path("/reload")
    @Operation(operationId = "reloadPack", summary = "Reload the pack from its folder now: 200 with the new version, or 422 with the errors while the old version keeps serving")
    @APIResponse(responseCode = "200", description = "the new version serves",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackViews.Reloaded.class)))
    @APIResponse(responseCode = "422", description = "pack-does-not-load: the files do not load; errors name file:line:column, and the old version keeps serving")
    public CompletionStage<Response> reload(@Parameter(ref = "pack") @PathParam("pack") String id) {
        return registry.reload(id).thenApply(PackAuthoringResource::respond);
    }

    private static Response respond(ReloadOutcome outcome) {
        if (outcome.swapped()) {
            return Response.ok(PackViews.reloaded(outcome)).build();
        }
        String id = outcome.status().id();
        String detail = outcome.previousVersion() == null
                ? "pack \"" + id + "\" does not load and serves nothing; fix its " + outcome.status().problems().size() + " problem(s)"
                : "the newest files of pack \"" + id + "\" do not load; version " + outcome.previousVersion() + " keeps serving";
        return ProblemMappers.respond(Problem.of(ProblemType.PACK_DOES_NOT_LOAD, detail, ProblemMappers.located(outcome.status().problems())));
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "validateCandidate", summary = "Check DRL without saving it: {\"files\": {\"name.drl\": \"<DRL>\" or null to remove}} -> errors and warnings with hints, and the rules added, removed or changed")
    public Validation validate(@Parameter(ref = "pack") @PathParam("pack") String id,
                               @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = CandidateRequest.class),
                                       examples = @ExampleObject(name = "candidate", ref = "candidate"))) byte[] body) {
        return validator.validate(id, CandidateRequest.read(json.parse(body)));
    }
}
