package org.assay.engine.loading;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.facts.FactSchema;
import org.assay.facts.FieldPath;
import org.assay.facts.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what {@code pack.yaml} and the scenarios say about facts against the pack's schema and
 * baseline: levers, so that sweeps and counterfactuals never meet one they cannot pull (costs must
 * be positive: the counterfactual search's proof of minimality rests on it), and evidence, whose
 * paths must name fields and whose confidence must be HIGH, MEDIUM or LOW, and the analysis
 * settings (the default lever cost must be positive too).
 */
final class ManifestCheck {
    private static final ObjectMapper VALUES = new ObjectMapper();
    static final int MAX_LEVERS = 64;
    /** The source key of a value or cost that no source gives: the pack's own assumption, said as such. */
    static final String ASSUMED = "ASSUMED";
    private static final Pattern RATING_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private ManifestCheck() {
    }

    static void check(PackSource source, FactSchema schema) throws PackException {
        List<Violation> violations = new ArrayList<>();
        List<PackManifest.Lever> levers = source.manifest().levers();
        for (int i = 0; i < levers.size(); i++) {
            check(levers.get(i), "levers[" + i + "]", source, schema, violations);
        }
        if (levers.size() > MAX_LEVERS) {
            // The counterfactual search keeps each set of levers as the bits of one long.
            violations.add(new Violation("levers", "at most " + MAX_LEVERS + " levers, got " + levers.size()));
        }
        checkEvidence(source.manifest().evidence(), "evidence", schema, violations);
        checkRatings(source.manifest().ratings(), violations);
        double leverCost = source.manifest().analysis().leverCost();
        if (!(leverCost > 0)) {
            violations.add(new Violation("analysis.leverCost", "must be above 0, got " + leverCost));
        }
        List<CompileProblem> problems = new ArrayList<>(located(source.dir().resolve(PackReader.MANIFEST).toString(), violations));
        for (Scenario scenario : source.scenarios().values()) {
            List<Violation> faults = new ArrayList<>();
            checkEvidence(scenario.evidence(), "evidence", schema, faults);
            problems.addAll(located(source.dir().resolve(PackReader.SCENARIOS).resolve(scenario.name() + ".json").toString(), faults));
        }
        for (Snapshot snapshot : source.snapshots().values()) {
            List<Violation> faults = new ArrayList<>();
            checkEvidence(snapshot.evidence(), "evidence", schema, faults);
            problems.addAll(located(source.dir().resolve(PackReader.SNAPSHOTS).resolve(snapshot.date() + ".json").toString(), faults));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
    }

    /** Rating ids are unique and plain, and each rating has at least two levels, each once. */
    private static void checkRatings(List<RatingScale> ratings, List<Violation> violations) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            RatingScale rating = ratings.get(i);
            String where = "ratings[" + i + "]";
            if (rating.id() == null || !RATING_ID.matcher(rating.id()).matches()) {
                violations.add(new Violation(where + ".id", "expected an id of letters, digits, '-' or '_', starting with a letter, got " + rating.id()));
            } else if (!ids.add(rating.id())) {
                violations.add(new Violation(where + ".id", "\"" + rating.id() + "\" is declared twice"));
            }
            if (rating.levels().size() < 2 || new HashSet<>(rating.levels()).size() != rating.levels().size()
                    || rating.levels().stream().anyMatch(l -> l == null || l.isBlank())) {
                violations.add(new Violation(where + ".levels", "expected two or more distinct levels, worst first, got " + rating.levels()));
            }
        }
    }

    private static List<CompileProblem> located(String file, List<Violation> violations) {
        return violations.stream().map(v -> new CompileProblem(file, 0, 0, v.path() + ": " + v.message())).toList();
    }

    private static void checkEvidence(Map<String, PackManifest.Evidence> evidence, String where, FactSchema schema,
                                      List<Violation> violations) {
        evidence.forEach((path, said) -> {
            FieldPath.parse(path, schema, where + "." + path, violations);
            if (said == null || said.confidence() == null) {
                violations.add(new Violation(where + "." + path + ".confidence", "expected HIGH, MEDIUM or LOW"));
            }
            if (said != null && said.asOf() != null && !EvidenceDates.valid(said.asOf())) {
                violations.add(new Violation(where + "." + path + ".asOf", "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got \"" + said.asOf() + "\""));
            }
        });
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
        if (lever.source() != null && !source.manifest().sources().containsKey(lever.source()) && !ASSUMED.equals(lever.source())) {
            violations.add(new Violation(where + ".source", "\"" + lever.source() + "\" is not a key of sources (or " + ASSUMED + ")"));
        }
        if (lever.infeasibleWithinMonths() != null && lever.infeasibleWithinMonths() < 1) {
            violations.add(new Violation(where + ".infeasibleWithinMonths", "must be a whole number of months from 1, got "
                    + lever.infeasibleWithinMonths()));
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
