package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.engine.PackRegistry;
import org.assay.engine.PackValidator;
import org.assay.engine.ReloadOutcome;
import org.assay.engine.Validation;
import org.assay.facts.Violation;
import org.assay.security.Roles;
import org.assay.store.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * What rule authors do to a pack: reload it from its folder now, and validate DRL before saving it.
 * DRL is code, so both need an authenticated user with the {@value #AUTHOR} role.
 */
@Path("/api/v1/packs/{pack}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PackAuthoringResource.AUTHOR)
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
    @Operation(summary = "Reload the pack from its folder now: 200 with the new version, or 422 with the errors while the old version keeps serving")
    public CompletionStage<Response> reload(@PathParam("pack") String id) {
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
        return ProblemMappers.respond(Problem.of("pack-does-not-load", "Pack does not load", 422, detail,
                ProblemMappers.located(outcome.status().problems())));
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check DRL without saving it: {\"files\": {\"name.drl\": \"<DRL>\" or null to remove}} -> errors and warnings with hints, and the rules added, removed or changed")
    public Validation validate(@PathParam("pack") String id, byte[] body) {
        return validator.validate(id, files(json.parse(body)));
    }

    private static Map<String, String> files(JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        JsonNode files = body.get("files");
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("files")) {
                violations.add(new Violation(name, "unknown member; the body is {\"files\": {\"name.drl\": \"<DRL text>\", ...}}"));
            }
        });
        Map<String, String> texts = new LinkedHashMap<>();
        if (files == null || !files.isObject() || files.isEmpty()) {
            violations.add(new Violation("files", "expected an object of DRL texts by file name, like {\"eufor.drl\": \"<DRL text>\"}"));
        } else {
            files.fields().forEachRemaining(file -> {
                String where = "files." + file.getKey();
                if (!PackValidator.isDrlFileName(file.getKey())) {
                    violations.add(new Violation(where, "expected a file name ending in .drl, without folders"));
                } else if (!file.getValue().isTextual() && !file.getValue().isNull()) {
                    violations.add(new Violation(where, "expected the file's DRL as a string, or null to remove the file"));
                }
                texts.put(file.getKey(), file.getValue().isTextual() ? file.getValue().asText() : null);
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The validation request has " + violations.size() + " fault(s)", violations);
        }
        return texts;
    }
}
