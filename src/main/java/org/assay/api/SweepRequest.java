package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of a sweep, as documented in OpenAPI; it is read by {@link org.assay.whatif.Sweeps}. */
@Schema(description = "A base, as for an assessment, and one or two levers to move over it")
public record SweepRequest(
        @Schema(description = "A whole fact set") JsonNode facts,
        @Schema(description = "Start from the pack's baseline") Boolean baseline,
        @Schema(description = "Start from a named scenario") String scenario,
        @Schema(description = "Start from a saved scenario, by id") String saved,
        @Schema(description = "A JSON Merge Patch on the base") JsonNode changes,
        @Schema(description = "One or two levers") List<Lever> levers) {

    @Schema(description = "A field path and its values: from/to/step, a list of values, or neither for a lever pack.yaml declares")
    public record Lever(@Schema(example = "EuforMission.althea.troopsInCountry", required = true) String path,
                        Double from, Double to, Double step, List<Object> values) {
    }
}
