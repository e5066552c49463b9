package org.assay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.loading.Scenario;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** A pack's named what-if scenarios; assess one with {@code {"scenario": "name"}}. */
@Path("/api/v1/packs/{pack}/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    @Inject
    PackRegistry registry;

    @GET
    @Operation(summary = "The pack's named scenarios: name, title, description and changes against the baseline")
    public List<Scenario> list(@PathParam("pack") String pack) {
        return List.copyOf(registry.serving(pack).scenarios().values());
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One named scenario")
    public Scenario get(@PathParam("pack") String pack, @PathParam("name") String name) {
        Scenario scenario = registry.serving(pack).scenarios().get(name);
        if (scenario == null) {
            throw new NotFoundException("no scenario \"" + name + "\" in pack \"" + pack + "\"");
        }
        return scenario;
    }
}
