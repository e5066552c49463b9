package org.assay.whatif;

import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.outcome.VerdictLevel;

import java.util.List;

/**
 * What a counterfactual must reach; every condition given must hold: a verdict at least as good as
 * {@code verdictAtLeast}, and none of {@code findingsGone} or {@code measuresGone} left.
 */
public record Target(VerdictLevel verdictAtLeast, List<String> findingsGone, List<String> measuresGone) {

    boolean metBy(VariantOutcome outcome) {
        return (verdictAtLeast == null || outcome.verdict().compareTo(verdictAtLeast) >= 0)
                && findingsGone.stream().noneMatch(outcome.findings()::containsKey)
                && measuresGone.stream().noneMatch(outcome.measures()::containsKey);
    }

    boolean metBy(Assessment assessment) {
        return (verdictAtLeast == null || assessment.verdict().compareTo(verdictAtLeast) >= 0)
                && assessment.findings().stream().noneMatch(f -> findingsGone.contains(f.id()))
                && assessment.recommendations().stream().noneMatch(r -> measuresGone.contains(r.measure()));
    }
}
