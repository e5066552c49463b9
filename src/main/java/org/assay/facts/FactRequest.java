package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a request asks about: a base and optional {@code changes}, a JSON Merge Patch on
 * top of it. The base is {@code {"facts": {...}}}, {@code {"baseline": true}} (the pack's
 * baseline), {@code {"scenario": "name"}} (a named scenario's changes on the baseline) or
 * {@code {"snapshot": "2026-12-01"}} (the pack's fact set as of that date), and
 * faults are reported against the member that holds them. Read only by {@link org.assay.assess.Requests},
 * the door every request comes in by, which adds saved scenarios and an endpoint's own members.
 */
public final class FactRequest {
    private static final String FACTS = "facts";
    private static final String BASELINE = "baseline";
    private static final String SCENARIO = "scenario";
    private static final String SNAPSHOT = "snapshot";
    private static final String CHANGES = "changes";
    private static final Set<String> MEMBERS = Set.of(FACTS, BASELINE, SCENARIO, SNAPSHOT, CHANGES);
    private static final String BASES = "\"facts\", \"baseline\": true, a \"scenario\" or a \"snapshot\"";

    private final FactBinder binder;
    private final JsonNode base;
    private final String baseMember;
    private final JsonNode changes;
    private FactSet boundBase;

    private FactRequest(FactSchema schema, JsonNode base, String baseMember, JsonNode changes) {
        this.binder = new FactBinder(schema);
        this.base = base;
        this.baseMember = baseMember;
        this.changes = changes;
    }

    /**
     * Checks the body's members and finds its base; nothing is bound yet.
     *
     * @param bases the pack's baseline, named scenarios and snapshots
     */
    public static FactRequest read(JsonNode body, NamedBases bases, FactSchema schema) {
        return read(body, bases, schema, false);
    }

    /** As {@link #read}, but {@code changes} must be given: a what-if compares the base with and without them. */
    public static FactRequest readWithChanges(JsonNode body, NamedBases bases, FactSchema schema) {
        return read(body, bases, schema, true);
    }

    private static FactRequest read(JsonNode body, NamedBases bases, FactSchema schema, boolean changesRequired) {
        List<Violation> violations = new ArrayList<>();
        if (body == null || !body.isObject()) {
            violations.add(new Violation("", "expected an object with " + BASES + ", and optional \"changes\"; got "
                    + FactBinder.describe(body)));
            throw new InvalidFactsException("The request body is not an object", violations);
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                violations.add(new Violation(name, "unknown member; a request has " + BASES + ", and optional \"changes\""));
            }
        });
        Base base = base(body, bases, violations);
        JsonNode changes = body.get(CHANGES);
        if (changes != null && !changes.isObject()) {
            violations.add(new Violation(CHANGES, "expected an object (a JSON Merge Patch on the base), got " + FactBinder.describe(changes)));
        } else if (changes == null && changesRequired) {
            violations.add(new Violation(CHANGES, "missing: give the changes to compare the base with (a JSON Merge Patch on the base)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The request body is malformed", violations);
        }
        return new FactRequest(schema, base.facts(), base.member(), changes);
    }

    /** A base as JSON, and the member that named it, under which its faults are reported. */
    private record Base(JsonNode facts, String member) {
    }

    /** The one base the body names, or null after adding a violation. */
    private static Base base(JsonNode body, NamedBases bases, List<Violation> violations) {
        JsonNode facts = body.get(FACTS);
        JsonNode useBaseline = body.get(BASELINE);
        JsonNode scenario = body.get(SCENARIO);
        JsonNode snapshot = body.get(SNAPSHOT);
        if (useBaseline != null && !useBaseline.isBoolean()) {
            violations.add(new Violation(BASELINE, "expected true or false, got " + FactBinder.describe(useBaseline)));
        }
        boolean onBaseline = useBaseline != null && useBaseline.asBoolean();
        // A scenario is on the baseline, so {"baseline": true, "scenario": ...} names one base.
        int named = (facts == null ? 0 : 1) + (onBaseline && scenario == null ? 1 : 0) + (scenario == null ? 0 : 1) + (snapshot == null ? 0 : 1);
        if (named > 1) {
            violations.add(new Violation(facts != null ? FACTS : snapshot != null ? SNAPSHOT : SCENARIO, "give one base: " + BASES + ", not several"));
        } else if (named == 0) {
            violations.add(new Violation(FACTS, "missing: give " + BASES + ", with optional \"changes\""));
        } else if (facts != null) {
            return new Base(facts, FACTS);
        } else if (snapshot != null) {
            if (snapshot.isTextual() && bases.snapshots().containsKey(snapshot.asText())) {
                return new Base(bases.snapshots().get(snapshot.asText()), SNAPSHOT);
            }
            violations.add(new Violation(SNAPSHOT, "unknown snapshot " + FactBinder.describe(snapshot) + "; this pack's snapshots are: "
                    + (bases.snapshots().isEmpty() ? "none" : String.join(", ", new TreeSet<>(bases.snapshots().keySet())))));
        } else if (bases.baseline() == null) {
            violations.add(new Violation(scenario == null ? BASELINE : SCENARIO, "this pack has no baseline.json; send \"facts\" instead"));
        } else if (scenario == null) {
            return new Base(bases.baseline(), BASELINE);
        } else if (!scenario.isTextual() || !bases.scenarios().containsKey(scenario.asText())) {
            violations.add(new Violation(SCENARIO, "unknown scenario " + FactBinder.describe(scenario) + "; this pack's scenarios are: "
                    + (bases.scenarios().isEmpty() ? "none" : String.join(", ", new TreeSet<>(bases.scenarios().keySet())))));
        } else {
            return new Base(MergePatch.apply(bases.baseline(), bases.scenarios().get(scenario.asText())), SCENARIO);
        }
        return null;
    }

    /** The changes the request makes to its base, or null when it makes none. */
    public JsonNode changes() {
        return changes;
    }

    /** The base alone, bound; its faults are reported under the member that names it. */
    public FactSet base() {
        if (boundBase == null) {
            boundBase = binder.bind(base, baseMember);
        }
        return boundBase;
    }

    /** The base with the changes applied: the fact set to assess. */
    public FactSet facts() {
        if (changes == null) {
            return base();
        }
        if (FACTS.equals(baseMember)) {
            // Given facts are bound alone first so that their faults are laid at "facts.*", not at "changes.*";
            // a baseline, scenario or snapshot was checked when the pack loaded.
            base();
        }
        return binder.bind(MergePatch.apply(base, changes), CHANGES);
    }
}
