package org.assay.tester;

import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.facts.FieldPath;
import org.assay.whatif.SweepAxis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * "Moving only these levers never moves this rating": bih-nato's security levers (EUFOR's size and mandate, the
 * pact) must never change its accession rating. From each context the other levers give (as a monotone walk's:
 * none, each alone at each value, and a fixed sample of combinations), the listed levers are moved each alone
 * through every value and in {@value #SAMPLE} random combinations of all of them, and from the base also in pairs
 * through every pair of values; the rating must stay at the context's own level throughout.
 *
 * @param levers the levers that must leave the rating alone, each one {@code pack.yaml} declares
 */
public record UnaffectedProperty(String name, String note, List<String> from, String rating, List<String> levers)
        implements Property {
    static final String KIND = "unaffected";
    static final int SAMPLE = 50;
    private static final long SEED = 13_2026L;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public PropertyResult check(LeverSpace space, List<LeverSpace.Base> bases) {
        if (rating == null || levers == null || levers.isEmpty()) {
            return PropertyResult.invalid(name, KIND, note, "an unaffected property names a rating and the levers that must leave it alone");
        }
        String fault = PropertyRating.of(space.pack().ratings(), rating, null).fault();
        if (fault != null) {
            return PropertyResult.invalid(name, KIND, note, fault);
        }
        List<Run> runs = space.eachBase(bases, base -> run(space, base));
        long variants = 0;
        for (Run run : runs) {
            variants += run.variants();
            if (run.unknownLever() != null) {
                return PropertyResult.invalid(name, KIND, note, run.unknownLever() + " is not a lever of pack.yaml that base "
                        + run.base() + " can move");
            }
            if (run.counterexample() != null) {
                return PropertyResult.broken(this, variants, run.counterexample().seen(), run.counterexample());
            }
        }
        return PropertyResult.held(this, variants, "moving " + levers + " never moved the " + rating + " rating, in " + variants
                + " variants from " + bases.size() + " base(s)");
    }

    private record Run(String base, long variants, String unknownLever, PropertyResult.Counterexample counterexample) {
    }

    private Run run(LeverSpace space, LeverSpace.Base base) {
        List<SweepAxis> all = space.levers(base);
        List<SweepAxis> moved = new ArrayList<>();
        for (String lever : levers) {
            SweepAxis axis = all.stream().filter(a -> a.path().toString().equals(lever)).findFirst().orElse(null);
            if (axis == null) {
                return new Run(base.name(), 0, lever, null);
            }
            moved.add(axis);
        }
        List<Map<FieldPath, Object>> everywhere = points(moved, false);
        List<Map<FieldPath, Object>> fromTheBase = points(moved, true);
        long variants = 0;
        try (VariantSession session = space.open(base)) {
            for (Map<FieldPath, Object> context : contexts(space, base, moved)) {
                String level = (context.isEmpty() ? session.baseOutcome() : session.assess(context)).ratings().get(rating);
                variants++;
                for (Map<FieldPath, Object> point : context.isEmpty() ? fromTheBase : everywhere) {
                    Map<FieldPath, Object> at = new LinkedHashMap<>(context);
                    at.putAll(point);
                    VariantOutcome outcome = session.assess(at);
                    variants++;
                    String now = outcome.ratings().get(rating);
                    if (!Objects.equals(level, now)) {
                        return new Run(base.name(), variants, null, PropertyResult.Counterexample.at(base, at, "moving " + names(point)
                                + " turns the " + rating + " rating from " + level + " to " + now));
                    }
                }
            }
        }
        return new Run(base.name(), variants, null, null);
    }

    /** Where the listed levers are moved from: contexts of the other levers only, so that every change made is one of theirs. */
    private static List<Map<FieldPath, Object>> contexts(LeverSpace space, LeverSpace.Base base, List<SweepAxis> moved) {
        List<Map<FieldPath, Object>> contexts = new ArrayList<>();
        for (Map<FieldPath, Object> context : space.contexts(base, moved.get(0).path())) {
            if (moved.stream().noneMatch(axis -> context.containsKey(axis.path()))) {
                contexts.add(context);
            } else {
                Map<FieldPath, Object> others = new LinkedHashMap<>(context);
                moved.forEach(axis -> others.remove(axis.path()));
                if (!others.isEmpty() && !contexts.contains(others)) {
                    contexts.add(others);
                }
            }
        }
        return contexts;
    }

    /**
     * The listed levers each alone at every value and a fixed sample of all at once; with {@code pairs}, also in pairs at
     * every pair of values. Pairs are tried from the base only: from every context they would multiply the work by the
     * number of contexts for little more reach than the combinations give.
     */
    private static List<Map<FieldPath, Object>> points(List<SweepAxis> moved, boolean pairs) {
        List<Map<FieldPath, Object>> points = new ArrayList<>();
        for (SweepAxis axis : moved) {
            for (int i = 0; i < axis.size(); i++) {
                points.add(Map.of(axis.path(), axis.value(i)));
            }
        }
        for (int a = 0; pairs && a < moved.size(); a++) {
            for (int b = a + 1; b < moved.size(); b++) {
                for (int i = 0; i < moved.get(a).size(); i++) {
                    for (int j = 0; j < moved.get(b).size(); j++) {
                        Map<FieldPath, Object> pair = new LinkedHashMap<>();
                        pair.put(moved.get(a).path(), moved.get(a).value(i));
                        pair.put(moved.get(b).path(), moved.get(b).value(j));
                        points.add(pair);
                    }
                }
            }
        }
        Random random = new Random(SEED);
        for (int n = 0; n < SAMPLE && moved.size() > 2; n++) {
            Map<FieldPath, Object> all = new LinkedHashMap<>();
            moved.forEach(axis -> all.put(axis.path(), axis.value(random.nextInt(axis.size()))));
            points.add(all);
        }
        return points;
    }

    private static String names(Map<FieldPath, Object> point) {
        List<String> parts = new ArrayList<>();
        point.forEach((path, value) -> parts.add(path + " to " + value));
        return String.join(" and ", parts);
    }
}
