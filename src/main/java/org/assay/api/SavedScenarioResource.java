package org.assay.api;

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
import org.assay.engine.Assessment;
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

import java.util.concurrent.CompletionStage;

/** Scenarios that analysts save, edit and assess again later. */
@Path("/api/v1/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class SavedScenarioResource {
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    Scenarios scenarios;

    @Inject
    JsonBody json;

    @Inject
    ScenarioComparison comparison;

    @Inject
    WorkPools pools;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a scenario, checked against its pack; answers 201 with its Location")
    public Response save(@RequestBody(content = @Content(schema = @Schema(implementation = ScenarioRequest.class))) byte[] body,
                         @Context UriInfo uri) {
        ScenarioView saved = scenarios.save(json.parse(body));
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build()).entity(saved).build();
    }

    @GET
    @Operation(summary = "Saved scenarios, newest first; pack and q (in title or notes) filter, limit and offset page")
    public Slice<ScenarioView> list(@QueryParam("pack") String pack, @QueryParam("q") String text,
                                    @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return scenarios.list(pack, text, limit, offset);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One saved scenario, and whether the pack version it was saved for still serves")
    public ScenarioView get(@PathParam("id") String id) {
        return scenarios.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Change title, notes, base or changes with a JSON Merge Patch; null removes a member")
    public ScenarioView update(@PathParam("id") String id, byte[] patch) {
        return scenarios.update(id, json.parse(patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a saved scenario")
    public void delete(@PathParam("id") String id) {
        scenarios.delete(id);
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
}
