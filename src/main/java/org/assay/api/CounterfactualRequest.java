package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.Defaults;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of a counterfactual search, as documented in OpenAPI; it is read by {@link org.assay.whatif.Counterfactuals}. */
@Schema(description = "A base, as for an assessment, a target, and the search's bounds")
public record CounterfactualRequest(
        @Schema(description = "A whole fact set") JsonNode facts,
        @Schema(description = "Start from the pack's baseline") Boolean baseline,
        @Schema(description = "Start from a named scenario") String scenario,
        @Schema(description = "Start from a saved scenario, by id") String saved,
        @Schema(description = "A JSON Merge Patch on the base") JsonNode changes,
        @Schema(required = true) Target target,
        @Schema(description = "Lever paths pack.yaml declares that may move; all by default") List<String> levers,
        @Schema(description = "Most lever changes in one answer", defaultValue = "" + Defaults.MAX_CHANGES) Integer maxChanges,
        @Schema(description = "Most variants to assess", defaultValue = "" + Defaults.MAX_ASSESSMENTS) Integer maxAssessments,
        @Schema(description = "Answers to return, cheapest first", defaultValue = "" + Defaults.SOLUTIONS) Integer solutions,
        @Schema(description = "Try every step of every range, for an exact minimality claim", defaultValue = "false") Boolean exhaustive) {

    @Schema(description = "Every condition given must hold")
    public record Target(@Schema(enumeration = {"BLOCKED", "NOT_READY", "CONDITIONAL", "READY"}) String verdictAtLeast,
                         @Schema(enumeration = {"BLOCKED", "NOT_READY", "CONDITIONAL", "READY"}) String verdictBetterThan,
                         List<String> findingsGone, List<String> measuresGone) {
    }
}
