package org.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.facts.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An error response (RFC 9457 problem details): a stable {@code type}, a short {@code title},
 * the HTTP {@code status}, a human {@code detail}, and every fault as {@code {path, message}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error (RFC 9457 problem details)", requiredProperties = {"type", "title", "status", "errors"})
public record Problem(String type, String title, int status, String detail, List<Violation> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of the catalogue's. */
    public static Problem of(ProblemType type, String detail, List<Violation> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, errors == null ? List.of() : errors);
    }

    /** A refusal by the HTTP layer itself (no such resource, wrong method...): its code is {@code http-<status>}. */
    static Problem http(int status, String detail) {
        return of(ProblemType.http(status), detail, List.of());
    }
}
