package org.assay.engine.loading;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a pack would be with some DRL files changed: whether it would load (and a reload swap it in),
 * every error and warning with its place and a hint, and which rules the change adds, removes or
 * changes against the version that serves.
 */
public record Validation(String pack, String servingVersion, boolean valid, List<Issue> errors, List<Issue> warnings, RuleChanges rules) {

    /** A problem where an author can jump to it, with a plain-language hint when the mistake is a common one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"file", "line", "column", "message"})
    public record Issue(String file, int line, int column, String message, String hint) {
    }

    /** Rule names; {@code changed} are rules of the same name whose text or metadata differ. */
    public record RuleChanges(List<String> added, List<String> removed, List<String> changed) {
    }
}
