package org.assay.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.Uncompressed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.assay.engine.evaluation.Assessment;
import org.assay.security.Roles;
import org.assay.store.Requester;
import org.assay.store.ScenarioView;
import org.assay.store.Scenarios;
import org.assay.store.Slice;
import org.assay.whatif.ScenarioComparison;
import org.assay.whatif.WhatIfResult;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.concurrent.CompletionStage;

/**
 * Scenarios that analysts save, edit and assess again later. Saving needs a signed-in analyst,
 * rule author or admin, who then owns the scenario; only the owner or an admin may change or
 * delete it. Anyone may read and assess them, but only signed-in users see their notes.
 */
@Tag(name = "Saved scenarios")
@Path("/api/v1/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class SavedScenarioResource {

    @Inject
    Scenarios scenarios;

    @Inject
    JsonBody json;

    @Inject
    ScenarioComparison comparison;

    @Inject
    SecurityIdentity identity;

    @Inject
    WorkPools pools;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.RULE_AUTHOR, Roles.ADMIN})
    @Operation(operationId = "saveScenario", summary = "Save a scenario, checked against its pack; it belongs to the signed-in user; answers 201 with its Location")
    @APIResponse(responseCode = "201", description = "saved; Location is where to read it back",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, ref = "Location"))
    @APIResponse(responseCode = "401", description = Documented.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = Documented.NOT_AN_ANALYST)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "422", description = "scenario-pack-unknown: the scenario names a pack that is not loaded")
    @Uncompressed
    public Response save(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = ScenarioRequest.class),
                                 examples = @ExampleObject(name = "savedScenario", ref = "savedScenario"))) byte[] body,
                         @Context UriInfo uri) {
        Requester owner = requester();
        ScenarioView saved = scenarios.save(json.parse(body), owner);
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build()).entity(saved)
                .tag(ScenarioTags.of(saved, owner.anonymous())).build();
    }

    @GET
    @Operation(operationId = "listSavedScenarios", summary = "Saved scenarios, newest first; pack and q (in title, and in notes for a signed-in user) filter, limit and offset page")
    public Slice<ScenarioView> list(@Parameter(description = "only this pack's", example = "bih-nato") @QueryParam("pack") String pack,
                                    @Parameter(description = "text in the title, or in the notes for a signed-in user", example = "unsc") @QueryParam("q") String text,
                                    @Parameter(description = "how many to return at most", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                            maximum = "" + Scenarios.MAX_PAGE, defaultValue = "" + Scenarios.DEFAULT_PAGE))
                                    @QueryParam("limit") String limit,
                                    @Parameter(ref = "offset") @QueryParam("offset") String offset) {
        return scenarios.list(pack, text, limit, offset, requester());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSavedScenario", summary = "One saved scenario, its owner, and whether the pack version it was saved for still serves; notes only for a signed-in user")
    @APIResponse(responseCode = "304", description = Documented.NOT_MODIFIED)
    @APIResponseSchema(value = ScenarioView.class, responseDescription = "the saved scenario")
    @Uncompressed
    public RestResponse<ScenarioView> get(@Parameter(ref = "savedScenario") @PathParam("id") String id, @Context Request request) {
        Requester reader = requester();
        ScenarioView scenario = scenarios.get(id, reader);
        return Conditional.read(request, ScenarioTags.of(scenario, reader.anonymous()), what(id), () -> scenario);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, Documented.MERGE_PATCH})
    @RolesAllowed({Roles.ANALYST, Roles.RULE_AUTHOR, Roles.ADMIN})
    @Operation(operationId = "patchSavedScenario", summary = "Change title, notes, base or changes with a JSON Merge Patch; null removes a member; only the owner or an admin")
    @APIResponse(responseCode = "412", description = Documented.PRECONDITION_FAILED)
    @APIResponse(responseCode = "200", description = "changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioView.class)))
    @APIResponse(responseCode = "401", description = Documented.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = Documented.NOT_AN_ANALYST)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Uncompressed
    public RestResponse<ScenarioView> update(@Parameter(ref = "savedScenario") @PathParam("id") String id,
                               @RequestBody(required = true, description = "a JSON Merge Patch (RFC 7396) of the scenario's title, notes, base or changes",
                                       content = {@Content(mediaType = Documented.MERGE_PATCH, schema = @Schema(ref = "FreeFormObject"),
                                               examples = @ExampleObject(name = "scenarioPatch", ref = "scenarioPatch")),
                                               @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FreeFormObject"))})
                               byte[] patch, @Context Request request, @Context HttpHeaders headers) {
        Requester editor = requester();
        ScenarioView updated = scenarios.update(id, json.parse(patch), editor,
                current -> Conditional.change(request, headers, ScenarioTags.of(current, editor.anonymous()), what(id)));
        return RestResponse.ResponseBuilder.ok(updated).tag(ScenarioTags.of(updated, editor.anonymous())).build();
    }

    @DELETE
    // A 204 has no body, so any Accept will do; a client that asks only for problem+json must not get a 406.
    @Produces(MediaType.WILDCARD)
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.RULE_AUTHOR, Roles.ADMIN})
    @Operation(operationId = "deleteSavedScenario", summary = "Delete a saved scenario; only the owner or an admin")
    @APIResponse(responseCode = "412", description = Documented.PRECONDITION_FAILED)
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "401", description = Documented.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = Documented.NOT_AN_ANALYST)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    public void delete(@Parameter(ref = "savedScenario") @PathParam("id") String id, @Context Request request, @Context HttpHeaders headers) {
        Requester editor = requester();
        scenarios.delete(id, editor, current -> Conditional.change(request, headers, ScenarioTags.of(current, editor.anonymous()), what(id)));
    }

    @POST
    @Path("/{id}/assessments")
    @Operation(operationId = "assessSavedScenario", summary = "Assess a saved scenario with the version of its pack that serves now")
    @APIResponse(responseCode = "200", description = "the assessment", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Assessment.class)), headers = {@Header(name = AssessmentHeaders.ID, ref = "AssessmentId"), @Header(name = HttpHeaders.LOCATION, ref = "AssessmentLocation")})
    @APIResponse(responseCode = "422", description = Documented.NOT_ASSESSED)
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public CompletionStage<Response> assess(@Parameter(ref = "savedScenario") @PathParam("id") String id) {
        return pools.run(() -> scenarios.size(id), () -> scenarios.assess(id))
                .thenApply(assessment -> AssessmentHeaders.one(Response.ok(assessment), assessment.id()).build());
    }

    @GET
    @Path("/{id}/compare/{other}")
    @Operation(operationId = "compareSavedScenarios", summary = "Compare two saved scenarios of one pack: both assessments and their difference, traced to the facts that differ")
    @APIResponse(responseCode = "200", description = "both assessments, each with its id, and their difference", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WhatIfResult.class)), headers = @Header(name = AssessmentHeaders.ID, ref = "AssessmentIds"))
    @APIResponse(responseCode = "422", description = Documented.NOT_ASSESSED)
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public CompletionStage<Response> compare(@Parameter(ref = "savedScenario") @PathParam("id") String id, @Parameter(ref = "otherSavedScenario") @PathParam("other") String other) {
        return pools.run(() -> scenarios.size(id) + scenarios.size(other), () -> comparison.prepare(id, other)).thenApply(AssessmentHeaders::both);
    }

    private static String what(String id) {
        return "scenario \"" + id + "\"";
    }

    private Requester requester() {
        return identity.isAnonymous() ? Requester.ANONYMOUS : new Requester(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }
}
