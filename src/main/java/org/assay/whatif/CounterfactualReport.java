package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.VerdictLevel;

import java.util.List;
import java.util.Map;

/**
 * A counterfactual's answer: the cheapest lever changes found that reach the target, each checked
 * by a real assessment of the request it gives, and how the search went.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounterfactualReport(String pack, String packVersion, Target target, Outcome base, boolean found,
                                   String answer, List<Solution> solutions, Search search) {

    public record Outcome(VerdictLevel verdict, Map<String, Priority> measures) {
    }

    /**
     * @param request the assessment request that applies these changes to the same base; post it to
     *                {@code /assessments} to see the full explanation
     * @param verified whether that full assessment meets the target too
     */
    public record Solution(double cost, List<Change> changes, JsonNode request, VerdictLevel verdict,
                           Map<String, Priority> measures, boolean verified) {
    }

    public record Change(String path, String title, Object from, Object to, double cost) {
    }

    public record Lever(String path, double cost, List<Object> values, String note) {
    }

    /**
     * @param complete false when a bound stopped the search before it could say no cheaper answer exists
     * @param noAnswerBelowCost no answer costs less: the cheapest answer's cost, or when none was found
     *                          and a bound stopped the search, the cost up to which every set was tried
     */
    public record Search(String minimality, boolean exhaustive, int maxChanges, int maxAssessments, long assessments,
                         long setsExplored, boolean complete, Double noAnswerBelowCost, long elapsedMillis,
                         List<Lever> levers) {
    }
}
