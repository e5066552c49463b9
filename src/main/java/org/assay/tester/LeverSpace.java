package org.assay.tester;

import org.assay.engine.Pack;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.facts.FactSet;
import org.assay.facts.FieldPath;
import org.assay.whatif.DeclaredLevers;
import org.assay.whatif.SweepAxis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The space properties are checked over: a pack's declared levers moved from a base. From each base
 * it visits the base itself, every lever alone at each of its values, every pair of levers at each pair
 * of values (a random {@value #MAX_PAIRS} of them when there are more), and {@value #SAMPLE} random
 * combinations of all levers, always drawn the same way so that a run can be repeated. A monotone lever
 * is walked from the base, from each other lever alone, and from the first {@value #WALK_SAMPLE} combinations.
 * Each base's variants are assessed once, in one incremental session, and shared by every property that needs them.
 */
public final class LeverSpace {
    static final int SAMPLE = 100;
    static final int WALK_SAMPLE = 50;
    static final int MAX_PAIRS = 20_000;
    static final String SEARCH = "from each base: the base, every declared lever alone at each of its values, every pair of levers"
            + " at each pair of values (at most " + MAX_PAIRS + ", else a random " + MAX_PAIRS + "), and " + SAMPLE
            + " random combinations of all levers (fixed seed); a monotone lever is walked through its order from the base,"
            + " from each other lever alone at each value, and from the first " + WALK_SAMPLE + " of those random combinations";
    private static final long SEED = 4_2024L;

    /** A named starting point: the baseline, a scenario or a test's fact set. */
    public record Base(String name, FactSet facts) {
    }

    /** Lever values moved from a base (none: the base itself), and what the pack concludes there. */
    public record Variant(Base base, Map<FieldPath, Object> values, VariantOutcome outcome) {
    }

    private final Pack pack;
    private final int fireLimit;
    private final Map<String, List<Variant>> explored = new ConcurrentHashMap<>();

    LeverSpace(Pack pack, int fireLimit) {
        this.pack = pack;
        this.fireLimit = fireLimit;
    }

    Pack pack() {
        return pack;
    }

    /** The declared levers this base can move. */
    List<SweepAxis> levers(Base base) {
        return DeclaredLevers.of(pack, base.facts());
    }

    /** Every variant of the base this space visits, assessed once per base. */
    List<Variant> variants(Base base) {
        return explored.computeIfAbsent(base.name(), name -> explore(base));
    }

    /** Every variant of each base, in the bases' order; the bases are explored side by side. */
    List<List<Variant>> variants(List<Base> bases) {
        return eachBase(bases, this::variants);
    }

    /**
     * The work done for each base, in the bases' order. Bases are independent (each has its own session over
     * the shared rule base), so they run side by side on the common pool, and the result does not depend on timing.
     */
    <T> List<T> eachBase(List<Base> bases, Function<Base, T> work) {
        return bases.parallelStream().map(work).toList();
    }

    /** The lever values a monotone walk starts from: none, each other lever alone at each value, and the random sample. */
    List<Map<FieldPath, Object>> contexts(Base base, FieldPath walked) {
        List<SweepAxis> others = levers(base).stream().filter(a -> !a.path().equals(walked)).toList();
        List<Map<FieldPath, Object>> contexts = new ArrayList<>();
        contexts.add(Map.of());
        for (SweepAxis axis : others) {
            for (Object value : moved(base, axis)) {
                contexts.add(Map.of(axis.path(), value));
            }
        }
        // Each walk from a random combination first moves every lever at once, the dearest step for an incremental session.
        List<Map<FieldPath, Object>> sample = sample(others);
        contexts.addAll(sample.subList(0, Math.min(WALK_SAMPLE, sample.size())));
        return contexts;
    }

    /** Opens an incremental session over a base; the caller closes it. */
    VariantSession open(Base base) {
        return VariantSession.open(pack, base.facts(), fireLimit);
    }

    private List<Variant> explore(Base base) {
        List<SweepAxis> axes = levers(base);
        List<Map<FieldPath, Object>> points = new ArrayList<>();
        points.add(Map.of());
        for (SweepAxis axis : axes) {
            for (Object value : moved(base, axis)) {
                points.add(Map.of(axis.path(), value));
            }
        }
        points.addAll(pairs(base, axes));
        points.addAll(sample(axes));
        List<Variant> variants = new ArrayList<>(points.size());
        // Most variants come to one of a few outcomes; keeping one copy of each keeps a large space small in memory.
        Map<VariantOutcome, VariantOutcome> outcomes = new HashMap<>();
        try (VariantSession session = open(base)) {
            for (Map<FieldPath, Object> point : points) {
                VariantOutcome outcome = point.isEmpty() ? session.baseOutcome() : session.assess(point);
                variants.add(new Variant(base, point, outcomes.computeIfAbsent(outcome, o -> o)));
            }
        }
        return variants;
    }

    private List<Map<FieldPath, Object>> pairs(Base base, List<SweepAxis> axes) {
        List<List<Object>> moved = axes.stream().map(axis -> moved(base, axis)).toList();
        long count = 0;
        for (int a = 0; a < axes.size(); a++) {
            for (int b = a + 1; b < axes.size(); b++) {
                count += (long) moved.get(a).size() * moved.get(b).size();
            }
        }
        List<Map<FieldPath, Object>> pairs = new ArrayList<>();
        if (count <= MAX_PAIRS) {
            for (int a = 0; a < axes.size(); a++) {
                for (int b = a + 1; b < axes.size(); b++) {
                    for (Object first : moved.get(a)) {
                        for (Object second : moved.get(b)) {
                            pairs.add(pair(axes.get(a), first, axes.get(b), second));
                        }
                    }
                }
            }
            return pairs;
        }
        Random random = new Random(SEED);
        while (pairs.size() < MAX_PAIRS) {
            int a = random.nextInt(axes.size());
            int b = random.nextInt(axes.size());
            if (a != b && !moved.get(a).isEmpty() && !moved.get(b).isEmpty()) {
                pairs.add(pair(axes.get(a), pick(moved.get(a), random), axes.get(b), pick(moved.get(b), random)));
            }
        }
        return pairs;
    }

    private static Map<FieldPath, Object> pair(SweepAxis a, Object first, SweepAxis b, Object second) {
        Map<FieldPath, Object> pair = new LinkedHashMap<>();
        pair.put(a.path(), first);
        pair.put(b.path(), second);
        return pair;
    }

    private static List<Map<FieldPath, Object>> sample(List<SweepAxis> axes) {
        Random random = new Random(SEED);
        List<Map<FieldPath, Object>> sample = new ArrayList<>(SAMPLE);
        for (int n = 0; n < SAMPLE && !axes.isEmpty(); n++) {
            Map<FieldPath, Object> values = new LinkedHashMap<>();
            for (SweepAxis axis : axes) {
                values.put(axis.path(), axis.value(random.nextInt(axis.size())));
            }
            sample.add(values);
        }
        return sample;
    }

    private static Object pick(List<Object> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** The lever's values other than the base's own. */
    private static List<Object> moved(Base base, SweepAxis axis) {
        Object baseValue = base.facts().value(axis.path());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            if (!same(axis.value(i), baseValue)) {
                values.add(axis.value(i));
            }
        }
        return values;
    }


    private static boolean same(Object value, Object other) {
        if (value instanceof Number a && other instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(value, other);
    }
}
