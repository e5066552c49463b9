package org.assay.tester;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.engine.loading.RatingScale;
import org.assay.engine.loading.Ratings;
import org.assay.facts.FieldPath;
import org.assay.facts.Violation;
import org.assay.whatif.SweepAxis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Raising lever L never worsens a rating" (the one named, or any), and optionally never adds the measures in
 * {@code neverAdds}. L is walked up through its order from each context the space gives, and every
 * step is compared with the one below it; step by step is enough, since both claims carry over.
 *
 * @param rating the rating that must not worsen; by default none may
 * @param lever a lever {@code pack.yaml} declares
 * @param order L's values from low to high; by default a range ascending, or the values in the order
 *              {@code pack.yaml} lists them (so give {@code [false, true]} for a lever declared {@code [true, false]})
 */
public record MonotoneProperty(String name, String note, List<String> from, String rating, String lever, List<Object> order,
                               List<String> neverAdds) implements Property {
    static final String KIND = "monotone";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public PropertyResult check(LeverSpace space, List<LeverSpace.Base> bases) {
        List<String> measures = neverAdds == null ? List.of() : neverAdds;
        String fault = rating == null ? null : PropertyRating.of(space.pack().ratings(), rating, null).fault();
        if (fault != null) {
            return PropertyResult.invalid(name, KIND, note, fault);
        }
        Ratings ratings = space.pack().ratings();
        List<Walk> walks = space.eachBase(bases, base -> walk(space, base, measures, ratings)).stream().filter(Objects::nonNull).toList();
        if (walks.isEmpty()) {
            return PropertyResult.invalid(name, KIND, note, lever + " is not a lever of pack.yaml that these bases can move");
        }
        long variants = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (Walk walk : walks) {
            variants += walk.variants();
            seen.addAll(walk.seen());
            if (walk.unfit()) {
                return PropertyResult.invalid(name, KIND, note, "order " + order + " does not fit " + lever);
            }
            if (walk.counterexample() != null) {
                return PropertyResult.broken(this, variants, walk.worse(), walk.counterexample());
            }
        }
        List<String> unseen = measures.stream().filter(m -> !seen.contains(m)).toList();
        if (!unseen.isEmpty()) {
            return PropertyResult.broken(this, variants, "neverAdds names " + unseen + ", which no variant recommends: a typo,"
                    + " or a claim that cannot fail", null);
        }
        String through = order == null || order.isEmpty() ? "its declared values" : order.toString();
        return PropertyResult.held(this, variants, "raising " + lever + " through " + through + " never worsened "
                + (rating == null ? (ratings.single() ? "the verdict" : "any rating") : "the " + rating + " rating")
                + (measures.isEmpty() ? "" : " nor added " + measures) + ", from " + walks.size() + " base(s)");
    }

    /** One base's walks: how many variants, the measures of neverAdds seen, and the first step that made things worse. */
    private record Walk(long variants, Set<String> seen, boolean unfit, String worse, PropertyResult.Counterexample counterexample) {
    }

    /** Walks the lever up from every context of one base; null when the base cannot move the lever. */
    private Walk walk(LeverSpace space, LeverSpace.Base base, List<String> measures, Ratings ratings) {
        SweepAxis axis = space.levers(base).stream().filter(a -> a.path().toString().equals(lever)).findFirst().orElse(null);
        if (axis == null) {
            return null;
        }
        List<Object> values = values(space, axis);
        if (values == null) {
            return new Walk(0, Set.of(), true, null, null);
        }
        Set<String> seen = new LinkedHashSet<>();
        long variants = 0;
        try (VariantSession session = space.open(base)) {
            for (Map<FieldPath, Object> context : space.contexts(base, axis.path())) {
                VariantOutcome below = null;
                for (int i = 0; i < values.size(); i++) {
                    Map<FieldPath, Object> point = new LinkedHashMap<>(context);
                    point.put(axis.path(), values.get(i));
                    VariantOutcome outcome = session.assess(point);
                    variants++;
                    outcome.measures().keySet().stream().filter(measures::contains).forEach(seen::add);
                    String worse = below == null ? null : worse(below, outcome, measures, ratings);
                    if (worse != null) {
                        return new Walk(variants, seen, false, "raising " + lever + " " + worse, PropertyResult.Counterexample.at(base, context,
                                "raising " + lever + " from " + values.get(i - 1) + " to " + values.get(i) + " " + worse));
                    }
                    below = outcome;
                }
            }
        }
        return new Walk(variants, seen, false, null, null);
    }

    /** How the outcome one step up is worse than the one below, or null when it is not. */
    private String worse(VariantOutcome below, VariantOutcome above, List<String> measures, Ratings ratings) {
        for (RatingScale scale : ratings.scales()) {
            if (rating != null && !rating.equals(scale.id())) {
                continue;
            }
            String was = below.ratings().get(scale.id());
            String is = above.ratings().get(scale.id());
            if (scale.rank(is) < scale.rank(was)) {
                return "turns " + (ratings.single() ? "the verdict" : "the " + scale.id() + " rating") + " from " + was + " to " + is;
            }
        }
        for (String measure : measures) {
            if (above.measures().containsKey(measure) && !below.measures().containsKey(measure)) {
                return "adds measure " + measure;
            }
        }
        return null;
    }

    /** The order converted as the field needs it, the axis's values without one, or null when the order does not fit. */
    private List<Object> values(LeverSpace space, SweepAxis axis) {
        if (order == null || order.isEmpty()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < axis.size(); i++) {
                values.add(axis.value(i));
            }
            return values;
        }
        List<Violation> violations = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Object value : order) {
            values.add(axis.path().convert(JSON.valueToTree(value), space.pack().schema(), "order", violations));
        }
        return violations.isEmpty() ? values : null;
    }
}
