package org.assay.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.assay.facts.Violation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses, with 400, an API path that hides a dot, a slash, a backslash or a NUL in percent-encoding
 * ({@code /packs/%2e%2e/...}). No id of the API has them, and decoded they would climb out of the
 * segment they came in: {@code /packs/%2e%2e/scenarios} would reach {@code /scenarios}.
 */
@ApplicationScoped
public class EncodedPathSeparators {
    private static final Pattern HIDDEN = Pattern.compile("%(2[eEfF]|5[cC]|00)");

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) throws JsonProcessingException {
        byte[] refusal = json.writeValueAsBytes(Problem.of(ProblemType.MALFORMED_PATH, "the path hides a dot, slash, backslash or NUL in percent-encoding; no id of the API has one",
                List.of(new Violation("path", "send ids as they are: a pack id is lower-case letters, digits and '-'"))));
        router.route("/api/*").order(Integer.MIN_VALUE).handler(context -> {
            String path = context.request().path();
            if (path != null && HIDDEN.matcher(path).find()) {
                context.response().setStatusCode(ProblemType.MALFORMED_PATH.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Buffer.buffer(refusal));
            } else {
                context.next();
            }
        });
    }
}
