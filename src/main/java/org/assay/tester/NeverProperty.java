package org.assay.tester;

import org.assay.engine.evaluation.VariantOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * "This never happens together": a finding (a pattern such as {@code VETO_POINT:*}), a measure and
 * one of some levels of a rating, each optional, must never all hold in one variant. Each part that is named must
 * appear somewhere on its own, or the claim could not fail.
 *
 * @param rating   the rating {@code verdicts} are levels of; by default the headline rating
 */
public record NeverProperty(String name, String note, List<String> from, String finding, String measure,
                            String rating, List<String> verdicts) implements Property {
    static final String KIND = "never";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public PropertyResult check(LeverSpace space, List<LeverSpace.Base> bases) {
        if (finding == null && measure == null && (verdicts == null || verdicts.isEmpty())) {
            return PropertyResult.invalid(name, KIND, note, "a never property names a finding, a measure or verdicts");
        }
        PropertyRating chosen = PropertyRating.of(space.pack().ratings(), rating, verdicts);
        if (chosen.fault() != null) {
            return PropertyResult.invalid(name, KIND, note, chosen.fault());
        }
        String rated = chosen.scale().id();
        long variants = 0;
        boolean findingSeen = finding == null;
        boolean measureSeen = measure == null;
        for (List<LeverSpace.Variant> explored : space.variants(bases)) {
            for (LeverSpace.Variant variant : explored) {
                variants++;
                VariantOutcome outcome = variant.outcome();
                boolean hasFinding = finding == null || outcome.findings().keySet().stream().anyMatch(id -> Property.matches(finding, id));
                boolean hasMeasure = measure == null || outcome.measures().containsKey(measure);
                findingSeen |= finding != null && hasFinding;
                measureSeen |= measure != null && hasMeasure;
                if (hasFinding && hasMeasure && (verdicts == null || verdicts.isEmpty() || verdicts.contains(outcome.ratings().get(rated)))) {
                    return PropertyResult.broken(this, variants, "found " + together(), PropertyResult.Counterexample.at(variant, seen(outcome, rated)));
                }
            }
        }
        if (!findingSeen || !measureSeen) {
            return PropertyResult.broken(this, variants, (findingSeen ? "measure " + measure : "finding " + finding)
                    + " appears in none of " + variants + " variants: a typo, or a claim that cannot fail", null);
        }
        return PropertyResult.held(this, variants, "never found " + together() + " in " + variants + " variants");
    }

    /** What the variant shows: the finding that matched, the measure, and the verdict. */
    private String seen(VariantOutcome outcome, String rated) {
        List<String> parts = new ArrayList<>();
        if (finding != null) {
            outcome.findings().keySet().stream().filter(id -> Property.matches(finding, id)).findFirst()
                    .ifPresent(id -> parts.add("finding " + id));
        }
        if (measure != null) {
            parts.add("measure " + measure);
        }
        parts.add((rating == null ? "verdict " : rating + " ") + outcome.ratings().get(rated));
        return String.join(" and ", parts);
    }

    private String together() {
        List<String> parts = new ArrayList<>();
        if (finding != null) {
            parts.add("finding " + finding);
        }
        if (measure != null) {
            parts.add("measure " + measure);
        }
        if (verdicts != null && !verdicts.isEmpty()) {
            parts.add((rating == null ? "verdict " : rating + " ") + (verdicts.size() == 1 ? verdicts.get(0) : "in " + verdicts));
        }
        return String.join(" and ", parts);
    }
}
