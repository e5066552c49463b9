package org.assay.engine.evaluation;

import org.assay.engine.loading.RatingScale;
import org.assay.engine.loading.Ratings;
import org.assay.engine.outcome.Finding;
import org.assay.engine.outcome.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each rating's level from the verdicts the rules reached: the worst on each. Full assessments and
 * variant sessions both come here, so the two never disagree on what a verdict counts towards.
 */
final class RatingTally {
    private final Ratings ratings;
    private final Map<String, List<String>> reached = new LinkedHashMap<>();

    RatingTally(Ratings ratings) {
        this.ratings = ratings;
        ratings.ids().forEach(id -> reached.put(id, new ArrayList<>()));
    }

    /**
     * Counts a verdict towards its rating.
     *
     * @param rule the rule that reached it, named when it is at fault
     * @throws EvaluationException when it names a rating or level the pack does not declare
     */
    void count(Verdict verdict, String rule) {
        RatingScale scale = scaleOf(verdict.getRating(), rule, "a verdict");
        if (!scale.has(verdict.getLevel())) {
            throw undeclared(rule, "reached the level \"" + verdict.getLevel() + "\" on the rating \"" + scale.id()
                    + "\", which has the levels " + scale.levels());
        }
        reached.get(scale.id()).add(verdict.getLevel());
    }

    /** The rating a finding names, checked; null when it names none (in a pack with one rating, it need not). */
    String ratingOf(Finding finding, String rule) {
        if (finding.getRating() == null) {
            return null;
        }
        return scaleOf(finding.getRating(), rule, "the finding " + finding.getId()).id();
    }

    /**
     * Every rating's level, in the order the pack declares them.
     *
     * @throws NoVerdictException when a rating reached no level
     */
    Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        for (RatingScale scale : ratings.scales()) {
            levels.put(scale.id(), scale.worst(reached.get(scale.id())).orElseThrow(() -> new NoVerdictException(scale.id())));
        }
        return levels;
    }

    /** The rules' reasons for the level each rating came to are theirs to keep: this says which verdicts those are. */
    boolean decides(Verdict verdict, Map<String, String> levels) {
        String rating = verdict.getRating() == null ? ratings.headline().id() : verdict.getRating();
        return verdict.getLevel().equals(levels.get(rating));
    }

    private RatingScale scaleOf(String rating, String rule, String what) {
        if (rating == null) {
            if (!ratings.single()) {
                throw undeclared(rule, "gave " + what + " without naming a rating; this pack rates " + ratings.ids()
                        + ", so say which, as Verdict.of(\"" + ratings.headline().id() + "\", ...) or Finding.on(\"" + ratings.headline().id() + "\")");
            }
            return ratings.headline();
        }
        return ratings.scale(rating).orElseThrow(() -> undeclared(rule, "gave " + what + " on the rating \"" + rating
                + "\", which the pack does not declare; it rates " + ratings.ids()));
    }

    private static EvaluationException undeclared(String rule, String what) {
        return new EvaluationException(EvaluationException.Reason.UNDECLARED_RATING,
                (rule == null ? "a rule" : "rule \"" + rule + "\"") + " " + what, rule == null ? List.of() : List.of(rule));
    }
}
