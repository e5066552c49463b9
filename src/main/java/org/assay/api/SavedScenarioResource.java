package org.assay.api;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.MediaType;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.concurrent.CompletionStage;

/**
 * Scenarios that analysts save, edit and assess again later. Saving needs a signed-in analyst,
 * rule author or admin, who then owns the scenario; only the owner or an admin may change or
 * delete it. Anyone may read and assess them, but only signed-in users see their notes.
 */
@Path("/api/v1/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class SavedScenarioResource {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String UNAUTHENTICATED = "no user, or a wrong password or token: sign in (HTTP Basic or a bearer token)";
    private static final String NOT_ALLOWED = "the user is neither an analyst, rule author nor admin, or does not own the scenario and is no admin";

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
    @Operation(summary = "Save a scenario, checked against its pack; it belongs to the signed-in user; answers 201 with its Location")
    @APIResponse(responseCode = "201", description = "saved", content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = NOT_ALLOWED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(@RequestBody(content = @Content(schema = @Schema(implementation = ScenarioRequest.class))) byte[] body,
                         @Context UriInfo uri) {
        ScenarioView saved = scenarios.save(json.parse(body), requester());
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build()).entity(saved).build();
    }

    @GET
    @Operation(summary = "Saved scenarios, newest first; pack and q (in title, and in notes for a signed-in user) filter, limit and offset page")
    public Slice<ScenarioView> list(@QueryParam("pack") String pack, @QueryParam("q") String text,
                                    @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return scenarios.list(pack, text, limit, offset, requester());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One saved scenario, its owner, and whether the pack version it was saved for still serves; notes only for a signed-in user")
    public ScenarioView get(@PathParam("id") String id) {
        return scenarios.get(id, requester());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @RolesAllowed({Roles.ANALYST, Roles.RULE_AUTHOR, Roles.ADMIN})
    @Operation(summary = "Change title, notes, base or changes with a JSON Merge Patch; null removes a member; only the owner or an admin")
    @APIResponse(responseCode = "200", description = "changed", content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = NOT_ALLOWED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScenarioView update(@PathParam("id") String id, byte[] patch) {
        return scenarios.update(id, json.parse(patch), requester());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.RULE_AUTHOR, Roles.ADMIN})
    @Operation(summary = "Delete a saved scenario; only the owner or an admin")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = NOT_ALLOWED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id) {
        scenarios.delete(id, requester());
    }

    @POST
    @Path("/{id}/assessments")
    @Operation(summary = "Assess a saved scenario with the version of its pack that serves now")
    public CompletionStage<Assessment> assess(@PathParam("id") String id) {
        return pools.run(() -> scenarios.size(id), () -> scenarios.assess(id));
    }

    @GET
    @Path("/{id}/compare/{other}")
    @Operation(summary = "Compare two saved scenarios of one pack: both assessments and their difference, traced to the facts that differ")
    public CompletionStage<WhatIfResult> compare(@PathParam("id") String id, @PathParam("other") String other) {
        return pools.run(() -> scenarios.size(id) + scenarios.size(other), () -> comparison.prepare(id, other));
    }

    private Requester requester() {
        return identity.isAnonymous() ? Requester.ANONYMOUS : new Requester(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }
}
