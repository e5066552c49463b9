package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of a sweep, as documented in OpenAPI; it is read by {@link org.assay.whatif.Sweeps}. */
@Schema(description = "A base, as for an assessment, and one or two levers to move over it")
public record SweepRequest(
        @Schema(description = "A whole fact set: fact type -> instance id -> field values") JsonNode facts,
        @Schema(description = "Start from the pack's baseline") Boolean baseline,
        @Schema(description = "Start from a named scenario of the pack (its changes on the baseline)", example = "eufor-mandate-lost") String scenario,
        @Schema(description = "Start from the facts as of a snapshot's date (GET /api/v1/packs/{pack}/snapshots)", example = "2026-12-01") String snapshot,
        @Schema(description = "Start from a saved scenario, by id (see /api/v1/scenarios)") String saved,
        @Schema(description = "A JSON Merge Patch (RFC 7396) on the base; null removes an instance or field") JsonNode changes,
        @Schema(description = "Where values come from, by path Type.id.field: {source, confidence HIGH|MEDIUM|LOW, note, asOf}") JsonNode evidence,
        @Schema(description = "One or two levers", required = true, minItems = 1, maxItems = 2) List<Lever> levers) {

    @Schema(name = "SweepLever", description = "A field path and its values: from/to/step, a list of values, or neither for a lever pack.yaml declares")
    public record Lever(@Schema(example = "EuforMission.althea.troopsInCountry", required = true) String path,
                        @Schema(description = "The first value of a range") Double from,
                        @Schema(description = "The last value of a range") Double to,
                        @Schema(description = "The step of a range", exclusiveMinimum = true, minimum = "0") Double step,
                        @Schema(description = "The values to try, in order; leave out for a range", minItems = 1, nullable = true) List<Object> values) {
    }
}
