package org.assay.whatif;

import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.facts.FactSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values a counterfactual tries for each lever instead of its base value: every declared value,
 * and for a range every step when exhaustive, else one value per stretch of the range along which
 * the base's outcome stays the same, the one nearest the base value. Stretches whose outcome is the
 * base's own are left out: moving within them changes nothing from the base.
 */
final class CandidateValues {
    private final Pack pack;
    private final FactSet base;
    private final VariantSession session;
    private final boolean exhaustive;

    CandidateValues(Pack pack, FactSet base, VariantSession session, boolean exhaustive) {
        this.pack = pack;
        this.base = base;
        this.session = session;
        this.exhaustive = exhaustive;
    }

    List<Candidate> of(List<PackManifest.Lever> levers) {
        List<Candidate> candidates = new ArrayList<>();
        LeverReader reader = new LeverReader(pack, base);
        for (PackManifest.Lever lever : levers) {
            SweepAxis axis = reader.declared(lever);
            if (axis == null) {
                throw new IllegalStateException("lever " + lever.path() + " was left out of the request for a base without its instance");
            }
            Object baseValue = base.value(axis.path());
            List<Object> alternatives = lever.range() == null || exhaustive ? others(axis, baseValue) : stretches(axis, baseValue);
            candidates.add(new Candidate(axis.path(), lever.title(), pack.manifest().analysis().costOf(lever), lever.source(), lever.note(),
                    baseValue, alternatives));
        }
        return candidates;
    }


    private static List<Object> others(SweepAxis axis, Object baseValue) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            if (!same(axis.value(i), baseValue)) {
                values.add(axis.value(i));
            }
        }
        return values;
    }

    private List<Object> stretches(SweepAxis axis, Object baseValue) {
        List<Object> values = new ArrayList<>();
        VariantOutcome baseOutcome = session.baseOutcome();
        int start = 0;
        VariantOutcome stretch = null;
        for (int i = 0; i <= axis.size(); i++) {
            VariantOutcome outcome = i < axis.size() ? session.assess(Map.of(axis.path(), axis.value(i))) : null;
            if (i > 0 && !Objects.equals(outcome, stretch)) {
                if (!stretch.equals(baseOutcome)) {
                    values.add(nearest(axis, start, i - 1, baseValue));
                }
                start = i;
            }
            stretch = outcome;
        }
        session.assess(Map.of());
        return values;
    }

    private static Object nearest(SweepAxis axis, int first, int last, Object baseValue) {
        if (!(baseValue instanceof Number number)) {
            return axis.value(first);
        }
        double target = number.doubleValue();
        double low = ((Number) axis.value(first)).doubleValue();
        return target <= low ? axis.value(first) : axis.value(last);
    }

    private static boolean same(Object value, Object baseValue) {
        if (value instanceof Number a && baseValue instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(value, baseValue);
    }
}
