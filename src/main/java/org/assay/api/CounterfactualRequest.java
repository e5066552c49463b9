package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.Defaults;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The body of a counterfactual search, as documented in OpenAPI; it is read by {@link org.assay.whatif.Counterfactuals}. */
@Schema(description = "A base, as for an assessment, a target, and the search's bounds")
public record CounterfactualRequest(
        @Schema(description = "A whole fact set: fact type -> instance id -> field values") JsonNode facts,
        @Schema(description = "Start from the pack's baseline") Boolean baseline,
        @Schema(description = "Start from a named scenario of the pack (its changes on the baseline)", example = "eufor-mandate-lost") String scenario,
        @Schema(description = "Start from the facts as of a snapshot's date (GET /api/v1/packs/{pack}/snapshots)", example = "2026-12-01") String snapshot,
        @Schema(description = "Start from a saved scenario, by id (see /api/v1/scenarios)") String saved,
        @Schema(description = "A JSON Merge Patch (RFC 7396) on the base; null removes an instance or field") JsonNode changes,
        @Schema(description = "Where values come from, by path Type.id.field: {source, confidence HIGH|MEDIUM|LOW, note, asOf}") JsonNode evidence,
        @Schema(required = true) Target target,
        @Schema(description = "Lever paths pack.yaml declares that may move; leave out to move them all", minItems = 1, nullable = true) List<String> levers,
        @Schema(description = "Months the changes may take: a lever pack.yaml marks infeasible within them cannot move", minimum = "1", maximum = "1200") Integer horizonMonths,
        @Schema(description = "Most lever changes in one answer; the service's limit when left out (" + Defaults.MAX_CHANGES + " by default)", minimum = "1") Integer maxChanges,
        @Schema(description = "Most variants to assess; the service's limit when left out (" + Defaults.MAX_ASSESSMENTS + " by default)", minimum = "1") Integer maxAssessments,
        @Schema(description = "Answers to return, cheapest first (" + Defaults.SOLUTIONS + " when left out)", minimum = "1") Integer solutions,
        @Schema(description = "Try every step of every range, for an exact minimality claim", defaultValue = "false") Boolean exhaustive) {

    // Optional members are nullable so that a generated client leaves them out instead of sending an empty {} or [].
    @Schema(name = "CounterfactualTarget", description = "Every condition given must hold; levels are the pack's (GET /api/v1/packs/{pack})")
    public record Target(@Schema(ref = "RatingLevel", description = "The headline rating at this level or better") String verdictAtLeast,
                         @Schema(ref = "RatingLevel", description = "The headline rating better than this level") String verdictBetterThan,
                         @Schema(ref = "RatingLevels", description = "Rating id -> the level it must reach or better", nullable = true) Map<String, String> ratingsAtLeast,
                         @Schema(ref = "RatingLevels", description = "Rating id -> the level it must be better than", nullable = true) Map<String, String> ratingsBetterThan,
                         @Schema(description = "Findings of the base that must be gone", nullable = true) List<String> findingsGone,
                         @Schema(description = "Measures of the base that must no longer be recommended", nullable = true) List<String> measuresGone) {
    }
}
