package org.assay.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.function.Supplier;

/**
 * Conditional requests (RFC 9110 §13): a read answers 304 when the client's copy, named in {@code If-None-Match},
 * is current; a change is refused with 412 when {@code If-Match} names another version than the current one.
 * JAX-RS's {@link Request#evaluatePreconditions(EntityTag)} reads the headers (lists, {@code *}).
 */
final class Conditional {
    private Conditional() {
    }

    /**
     * 200 with the entity, made only then, and its tag; or 304 when the client has it already. A {@link RestResponse}
     * of the entity's type, so that the OpenAPI document still shows what a 200 holds.
     *
     * @param what the resource, in words, for a 412: {@code pack "bih-nato"}
     */
    static <T> RestResponse<T> read(Request request, EntityTag tag, String what, Supplier<T> entity) {
        Response.ResponseBuilder answer = request.evaluatePreconditions(tag);
        if (answer == null) {
            // Quarkus REST compares If-None-Match's tags with equals, weakness included; RFC 9110 §13.1.2 compares
            // them weakly, so W/"x" and "x" match: the tag's twin of the other strength is tried too.
            Response.ResponseBuilder twin = request.evaluatePreconditions(new EntityTag(tag.getValue(), !tag.isWeak()));
            if (twin != null && twin.build().getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
                return RestResponse.notModified(tag);
            }
            return RestResponse.ResponseBuilder.ok(entity.get()).tag(tag).build();
        }
        if (answer.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new PreconditionFailedException(what, tag, HttpHeaders.IF_MATCH);
        }
        return RestResponse.notModified(tag);
    }

    /** Returns when the change may go ahead; throws {@link PreconditionFailedException} when it may not. */
    static void change(Request request, HttpHeaders headers, EntityTag current, String what) {
        if (request.evaluatePreconditions(current) != null) {
            String header = headers.getHeaderString(HttpHeaders.IF_MATCH) != null ? HttpHeaders.IF_MATCH : HttpHeaders.IF_NONE_MATCH;
            throw new PreconditionFailedException(what, current, header);
        }
    }
}
