package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of an assessment or a what-if, as documented in OpenAPI; it is read by
 * {@link org.assay.assess.Requests}.
 */
@Schema(description = "One base (facts, baseline: true, a scenario, or a saved scenario) and changes on top; a what-if needs the changes")
public record AssessmentRequest(
        @Schema(description = "A whole fact set: fact type -> instance id -> field values") JsonNode facts,
        @Schema(description = "Start from the pack's baseline") Boolean baseline,
        @Schema(description = "Start from a named scenario of the pack (its changes on the baseline)", example = "eufor-mandate-lost") String scenario,
        @Schema(description = "Start from the facts as of a snapshot's date (GET /api/v1/packs/{pack}/snapshots)", example = "2026-12-01") String snapshot,
        @Schema(description = "Start from a saved scenario, by id (see /api/v1/scenarios)") String saved,
        @Schema(description = "A JSON Merge Patch (RFC 7396) on the base; null removes an instance or field") JsonNode changes,
        @Schema(description = "Where values come from, by path Type.id.field: {source, confidence HIGH|MEDIUM|LOW, note, asOf}") JsonNode evidence) {
}
