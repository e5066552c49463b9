package org.assay.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

import java.util.List;

/**
 * Whether a client asked for one JSON document or for NDJSON, one JSON value a line, by the quality values of its
 * {@code Accept} header (RFC 9110 §12.5.1): JAX-RS's variant selection weighs them, so
 * {@code application/x-ndjson;q=0, application/json} is JSON, and JSON is the answer when both are equally welcome.
 */
final class JsonOrLines {
    private static final MediaType NDJSON_TYPE = MediaType.valueOf(Documented.NDJSON);

    private JsonOrLines() {
    }

    /** @return true for NDJSON; a 406 when the client accepts neither */
    static boolean lines(Request request) {
        List<Variant> variants = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, NDJSON_TYPE).build();
        Variant chosen = request.selectVariant(variants);
        if (chosen == null) {
            throw new NotAcceptableException("this resource answers with application/json or " + Documented.NDJSON + "; the Accept header allows neither");
        }
        return chosen.getMediaType().isCompatible(NDJSON_TYPE);
    }
}
