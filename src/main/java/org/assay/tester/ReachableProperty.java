package org.assay.tester;

import org.assay.engine.loading.RatingScale;
import org.assay.engine.loading.Ratings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Every level (or each of {@code verdicts}) of a rating is reached somewhere in the lever space": a pack
 * that can never say READY, or never BLOCKED, has a rule that cannot do its job.
 *
 * @param rating   the rating whose levels must be reached; by default every rating's
 * @param verdicts the levels to reach, of {@code rating} (or of the headline rating when none is named); by default all
 */
public record ReachableProperty(String name, String note, List<String> from, String rating, List<String> verdicts) implements Property {
    static final String KIND = "reachable";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public PropertyResult check(LeverSpace space, List<LeverSpace.Base> bases) {
        List<RatingScale> scales = space.pack().ratings().scales();
        if (rating != null || (verdicts != null && !verdicts.isEmpty())) {
            PropertyRating chosen = PropertyRating.of(space.pack().ratings(), rating, verdicts);
            if (chosen.fault() != null) {
                return PropertyResult.invalid(name, KIND, note, chosen.fault());
            }
            scales = List.of(chosen.scale());
        }
        Map<String, LeverSpace.Variant> witnesses = new HashMap<>();
        long variants = 0;
        for (List<LeverSpace.Variant> explored : space.variants(bases)) {
            for (LeverSpace.Variant variant : explored) {
                variants++;
                // The plainest witness: the fewest lever values moved, the earliest among equals.
                variant.outcome().ratings().forEach((id, level) -> witnesses.merge(id + " " + level, variant,
                        (kept, other) -> other.values().size() < kept.values().size() ? other : kept));
            }
        }
        List<String> wanted = new ArrayList<>();
        for (RatingScale scale : scales) {
            List<String> levels = verdicts == null || verdicts.isEmpty() ? scale.levels() : verdicts;
            levels.forEach(level -> wanted.add(scale.id() + " " + level));
        }
        List<String> missing = wanted.stream().filter(w -> !witnesses.containsKey(w)).map(this::shown).toList();
        if (!missing.isEmpty()) {
            return PropertyResult.broken(this, variants, missing + " never reached in " + variants + " variants from "
                    + bases.stream().map(LeverSpace.Base::name).toList(), null);
        }
        StringBuilder detail = new StringBuilder("each reached: ");
        for (String level : wanted) {
            detail.append(shown(level)).append(' ').append(PropertyResult.Counterexample.at(witnesses.get(level), null).where()).append("; ");
        }
        detail.setLength(detail.length() - 2);
        return PropertyResult.held(this, variants, detail.toString());
    }

    /** {@code security STABLE}, or just {@code READY} in a pack whose one rating is the default. */
    private String shown(String ratingAndLevel) {
        return ratingAndLevel.startsWith(Ratings.DEFAULT_ID + " ")
                ? ratingAndLevel.substring(Ratings.DEFAULT_ID.length() + 1) : ratingAndLevel;
    }
}
