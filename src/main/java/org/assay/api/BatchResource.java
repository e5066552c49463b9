package org.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.assay.assess.BatchAssessor;
import org.assay.work.WorkPools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/**
 * Many assessments in one call. Answers come in request order, each with its index and status:
 * a JSON array, or NDJSON (one answer per line) when asked for; both are written as they are made.
 */
@Tag(name = "Assessments")
@Path("/api/v1/packs/{pack}/assessments:batch")
public class BatchResource {

    /** One item's answer: the assessment, or the problem with that item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BatchItem", description = "One request's answer, by its index in the batch: an assessment (status 200) or a problem",
            requiredProperties = {"index", "status"})
    public record Item(int index, int status, @Schema(ref = "Assessment") Object assessment, Problem problem) {
    }

    private static final class ClientGoneException extends IOException {
        ClientGoneException() {
            super("the client closed the connection");
        }
    }

    @Inject
    BatchAssessor batch;

    @Inject
    JsonBody json;

    @Inject
    ObjectMapper mapper;

    @Inject
    WorkPools pools;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Documented.NDJSON})
    @Operation(operationId = "assessBatch", summary = "Assess a JSON array of assessment requests; send Accept: application/x-ndjson for one answer per line")
    @APIResponse(responseCode = "200", description = "each request's answer in order: a JSON array, or one item per line",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Item.class)),
                    @Content(mediaType = Documented.NDJSON, schema = @Schema(implementation = Item.class))})
    @APIResponse(responseCode = "429", description = Documented.BUSY)
    @APIResponse(responseCode = "503", description = Documented.PACK_UNAVAILABLE)
    public Response assess(@Parameter(ref = "pack") @PathParam("pack") String pack, @Context Request request,
                           @Parameter(description = "whether to vary each weak value and report which conclusions hinge on it")
                           @QueryParam("fragility") @DefaultValue("false") boolean fragility,
                           @Context HttpServerResponse response,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentRequest.class),
                                   examples = @ExampleObject(name = "batch", ref = "batch"))) byte[] body) {
        boolean lines = JsonOrLines.lines(request);
        // Admitted before the body is read, so that a refusal costs nothing.
        WorkPools.Ticket ticket = pools.admit();
        BatchAssessor.Batch items;
        try {
            items = batch.items(pack, json.parse(body));
        } catch (RuntimeException e) {
            ticket.close();
            throw e;
        }
        StreamingOutput stream = out -> {
            try (ticket; JsonGenerator generator = mapper.createGenerator(out, JsonEncoding.UTF8)) {
                generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                generator.setPrettyPrinter(new MinimalPrettyPrinter(lines ? "\n" : ""));
                if (!lines) {
                    generator.writeStartArray();
                }
                batch.run(items, fragility, ticket.deadline(), result -> {
                    if (response.closed()) {
                        // Writes to a closed connection do not fail; stop rather than assess for nobody.
                        throw new ClientGoneException();
                    }
                    Problem problem = result.fault() == null ? null : ProblemMappers.problem(result.fault());
                    generator.writeObject(new Item(result.index(), problem == null ? 200 : problem.status(), result.assessment(), problem));
                    generator.flush();
                });
                if (!lines) {
                    generator.writeEndArray();
                }
                generator.writeRaw('\n');
            } catch (ClientGoneException e) {
                // Nobody to answer.
            }
        };
        return Response.ok(stream, lines ? Documented.NDJSON : MediaType.APPLICATION_JSON).build();
    }
}
