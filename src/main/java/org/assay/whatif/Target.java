package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.loading.Ratings;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a counterfactual must reach; every condition given must hold: each rating named in
 * {@code ratingsAtLeast} at that level or better, and none of {@code findingsGone} or {@code measuresGone} left.
 * A request's {@code verdictAtLeast} and {@code verdictBetterThan} are the headline rating's entries here.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "SearchTarget", extensions = @Extension(name = "x-assay-omits-empty", value = "true"))
public record Target(Map<String, String> ratingsAtLeast, List<String> findingsGone, List<String> measuresGone,
                     @JsonIgnore Ratings ratings) {

    boolean metBy(VariantOutcome outcome) {
        return ratingsMet(outcome.ratings())
                && findingsGone.stream().noneMatch(outcome.findings()::containsKey)
                && measuresGone.stream().noneMatch(outcome.measures()::containsKey);
    }

    boolean metBy(Assessment assessment) {
        return ratingsMet(assessment.levels())
                && assessment.findings().stream().noneMatch(f -> findingsGone.contains(f.id()))
                && assessment.recommendations().stream().noneMatch(r -> measuresGone.contains(r.measure()));
    }

    /** The findings the target asks to be gone and the outcome still has. */
    Set<String> findingsLeft(VariantOutcome outcome) {
        return Set.copyOf(findingsGone.stream().filter(outcome.findings()::containsKey).toList());
    }

    private boolean ratingsMet(Map<String, String> levels) {
        for (Map.Entry<String, String> floor : ratingsAtLeast.entrySet()) {
            if (!ratings.scale(floor.getKey()).orElseThrow().atLeast(levels.get(floor.getKey()), floor.getValue())) {
                return false;
            }
        }
        return true;
    }
}
