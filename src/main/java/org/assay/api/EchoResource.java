package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assay.AssayConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The HTTP benchmark's yardstick: parses a body exactly as assessments do and writes it back, so
 * that the assessment endpoint's throughput can be compared with the cost of HTTP and JSON alone.
 * It answers only when {@code assay.bench.echo} is on (the {@code bench} profile turns it on).
 */
@Path("/api/v1/bench/echo")
public class EchoResource {

    @Inject
    JsonBody json;

    @Inject
    AssayConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonNode echo(byte[] body) {
        if (!config.bench().echo()) {
            throw new NotFoundException();
        }
        return json.parse(body);
    }
}
