package org.assay.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.SortedSet;
import java.util.TreeSet;

/** Who the credentials sent belong to: the analyst's page checks a sign-in here, and shows the name. */
@Tag(name = "Account")
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class SignedInUserResource {

    /** A signed-in user's name and roles. */
    public record SignedInUser(String name, SortedSet<String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "getSignedInUser", summary = "The signed-in user's name and roles")
    @APIResponse(responseCode = "200", description = "signed in", content = @Content(schema = @Schema(implementation = SignedInUser.class)))
    @APIResponse(responseCode = "401", description = "no user, or a wrong password or token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignedInUser get() {
        return new SignedInUser(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }
}
