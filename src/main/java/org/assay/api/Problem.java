package org.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.facts.Violation;

import java.util.List;

/**
 * An error response (RFC 9457 problem details): a stable {@code type}, a short {@code title},
 * the HTTP {@code status}, a human {@code detail}, and every fault as {@code {path, message}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:assay:problem:";

    public static Problem of(String code, String title, int status, String detail, List<Violation> errors) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, errors == null ? List.of() : errors);
    }
}
