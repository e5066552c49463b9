package org.assay.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.facts.FactSchema;
import org.assay.facts.FieldPath;
import org.assay.facts.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the levers a {@code pack.yaml} declares against the pack's schema and baseline, so that
 * sweeps and counterfactuals never meet a lever they cannot pull. Costs must be positive: the
 * counterfactual search's proof of minimality rests on it.
 */
final class LeverCheck {
    private static final ObjectMapper VALUES = new ObjectMapper();

    private LeverCheck() {
    }

    static void check(PackSource source, FactSchema schema) throws PackException {
        List<Violation> violations = new ArrayList<>();
        List<PackManifest.Lever> levers = source.manifest().levers();
        for (int i = 0; i < levers.size(); i++) {
            check(levers.get(i), "levers[" + i + "]", source, schema, violations);
        }
        if (!violations.isEmpty()) {
            String file = source.dir().resolve(PackReader.MANIFEST).toString();
            throw new PackException(violations.stream().map(v -> new CompileProblem(file, 0, 0, v.path() + ": " + v.message())).toList());
        }
    }

    private static void check(PackManifest.Lever lever, String where, PackSource source, FactSchema schema, List<Violation> violations) {
        FieldPath path = FieldPath.parse(lever.path(), schema, where + ".path", violations);
        if (path == null) {
            return;
        }
        if (source.baseline() != null && !source.baseline().path(path.type()).has(path.id())) {
            violations.add(new Violation(where + ".path", "the baseline has no " + path.type() + " \"" + path.id() + "\""));
        }
        if (lever.cost() != null && !(lever.cost() > 0)) {
            violations.add(new Violation(where + ".cost", "must be above 0, got " + lever.cost()));
        }
        boolean listed = lever.values() != null && !lever.values().isEmpty();
        if (listed == (lever.range() != null)) {
            violations.add(new Violation(where, "give either values or a range {min, max, step}, not " + (listed ? "both" : "neither")));
        } else if (listed) {
            for (int v = 0; v < lever.values().size(); v++) {
                path.convert(VALUES.valueToTree(lever.values().get(v)), schema, where + ".values[" + v + "]", violations);
            }
        } else {
            PackManifest.Range range = lever.range();
            path.convert(VALUES.valueToTree(number(range.min())), schema, where + ".range.min", violations);
            path.convert(VALUES.valueToTree(number(range.max())), schema, where + ".range.max", violations);
            if (!(range.step() > 0) || range.min() > range.max()) {
                violations.add(new Violation(where + ".range", "needs min <= max and a step above 0"));
            }
        }
    }

    /** YAML gives every range end as a double; a whole one must still suit an integer field. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < Long.MAX_VALUE ? (Number) (long) value : (Number) value;
    }
}
