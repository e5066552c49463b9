package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an assessment request, as documented in OpenAPI; it is read by {@link org.assay.facts.FactRequest}. */
@Schema(description = "Either facts, or baseline: true with optional changes")
public record AssessmentRequest(
        @Schema(description = "A whole fact set: fact type -> instance id -> field values") JsonNode facts,
        @Schema(description = "Start from the pack's baseline") Boolean baseline,
        @Schema(description = "A JSON Merge Patch (RFC 7386) against the baseline; null removes an instance or field") JsonNode changes) {
}
