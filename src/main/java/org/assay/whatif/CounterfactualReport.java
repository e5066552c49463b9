package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A counterfactual's answer: the cheapest lever changes found that reach the target, each checked
 * by a real assessment of the request it gives, and how the search went.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"pack", "packVersion", "target", "base", "found"})
public record CounterfactualReport(String pack, String packVersion, Target target, Outcome base, boolean found,
                                   String answer, List<Solution> solutions, List<Standing> standingInTheWay, Search search) {

    /** @param ratings every rating's level, by rating id; {@code verdict} is the headline's */
    @Schema(name = "CounterfactualOutcome")
    public record Outcome(@Schema(ref = "RatingLevel") String verdict, @Schema(ref = "RatingLevels") Map<String, String> ratings, Map<String, Priority> measures) {
    }

    /**
     * A finding of the base that every combination tried before the first answer still raised: with an answer,
     * why nothing cheaper reaches the target; without one, what no lever change within the bounds removes.
     */
    public record Standing(String id, FindingKind kind, Severity severity, String rating, String message) {
    }

    /**
     * @param request the assessment request that applies these changes to the same base; post it to
     *                {@code /assessments} to see the full explanation
     * @param verified whether that full assessment meets the target too
     */
    public record Solution(double cost, List<Change> changes, JsonNode request, @Schema(ref = "RatingLevel") String verdict,
                           @Schema(ref = "RatingLevels") Map<String, String> ratings,
                           Map<String, Priority> measures, boolean verified) {
    }

    /** @param costSource the key of the source the lever's cost rests on; {@code costNote} says why it costs that */
    @Schema(name = "LeverChange")
    public record Change(String path, String title, Object from, Object to, double cost, String costSource, String costNote) {
    }

    /** @param note why the search leaves the lever alone, when it does */
    @Schema(name = "SearchLever")
    public record Lever(String path, @Schema(nullable = true) String title, double cost, @Schema(nullable = true) String costSource,
                        @Schema(nullable = true) String costNote, List<Object> values, @Schema(nullable = true) String note) {
    }

    /**
     * @param complete false when a bound stopped the search before it could say no cheaper answer exists
     * @param noAnswerBelowCost no answer costs less: the cheapest answer's cost, or when none was found
     *                          and a bound stopped the search, the cost up to which every set was tried
     */
    public record Search(String minimality, boolean exhaustive, int maxChanges, int maxAssessments, long assessments,
                         long setsExplored, boolean complete, @Schema(nullable = true) Double noAnswerBelowCost, long elapsedMillis,
                         List<Lever> levers) {
    }
}
