package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a request asks about: a base and optional {@code changes}, a JSON Merge Patch on
 * top of it. The base is {@code {"facts": {...}}}, {@code {"baseline": true}} (the pack's
 * baseline) or {@code {"scenario": "name"}} (a named scenario's changes on the baseline), and
 * faults are reported against the member that holds them. Read only by {@link org.assay.assess.Requests},
 * the door every request comes in by, which adds saved scenarios and an endpoint's own members.
 */
public final class FactRequest {
    private static final String FACTS = "facts";
    private static final String BASELINE = "baseline";
    private static final String SCENARIO = "scenario";
    private static final String CHANGES = "changes";
    private static final Set<String> MEMBERS = Set.of(FACTS, BASELINE, SCENARIO, CHANGES);

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
     * @param baseline  the pack's baseline, or null when it has none
     * @param scenarios each named scenario's changes against the baseline
     */
    public static FactRequest read(JsonNode body, JsonNode baseline, FactSchema schema, Map<String, JsonNode> scenarios) {
        return read(body, baseline, schema, scenarios, false);
    }

    /** As {@link #read}, but {@code changes} must be given: a what-if compares the base with and without them. */
    public static FactRequest readWithChanges(JsonNode body, JsonNode baseline, FactSchema schema, Map<String, JsonNode> scenarios) {
        return read(body, baseline, schema, scenarios, true);
    }

    private static FactRequest read(JsonNode body, JsonNode baseline, FactSchema schema, Map<String, JsonNode> scenarios,
                                    boolean changesRequired) {
        List<Violation> violations = new ArrayList<>();
        if (body == null || !body.isObject()) {
            violations.add(new Violation("", "expected an object with \"facts\", \"baseline\": true or \"scenario\", and optional \"changes\"; got "
                    + FactBinder.describe(body)));
            throw new InvalidFactsException("The request body is not an object", violations);
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                violations.add(new Violation(name, "unknown member; a request has \"facts\", \"baseline\" or \"scenario\", and optional \"changes\""));
            }
        });
        Base base = base(body, baseline, scenarios, violations);
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
    private static Base base(JsonNode body, JsonNode baseline, Map<String, JsonNode> scenarios, List<Violation> violations) {
        JsonNode facts = body.get(FACTS);
        JsonNode useBaseline = body.get(BASELINE);
        JsonNode scenario = body.get(SCENARIO);
        if (useBaseline != null && !useBaseline.isBoolean()) {
            violations.add(new Violation(BASELINE, "expected true or false, got " + FactBinder.describe(useBaseline)));
        }
        boolean onBaseline = (useBaseline != null && useBaseline.asBoolean()) || scenario != null;
        if (facts != null && onBaseline) {
            violations.add(new Violation(FACTS, "give one base: \"facts\", \"baseline\": true or a \"scenario\", not several"));
        } else if (facts == null && !onBaseline) {
            violations.add(new Violation(FACTS, "missing: give \"facts\", \"baseline\": true or a \"scenario\", with optional \"changes\""));
        } else if (facts != null) {
            return new Base(facts, FACTS);
        } else if (baseline == null) {
            violations.add(new Violation(BASELINE, "this pack has no baseline.json; send \"facts\" instead"));
        } else if (scenario == null) {
            return new Base(baseline, BASELINE);
        } else if (!scenario.isTextual() || !scenarios.containsKey(scenario.asText())) {
            violations.add(new Violation(SCENARIO, "unknown scenario " + FactBinder.describe(scenario) + "; this pack's scenarios are: "
                    + (scenarios.isEmpty() ? "none" : String.join(", ", new TreeSet<>(scenarios.keySet())))));
        } else {
            return new Base(MergePatch.apply(baseline, scenarios.get(scenario.asText())), SCENARIO);
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
            // a baseline or scenario was checked when the pack loaded.
            base();
        }
        return binder.bind(MergePatch.apply(base, changes), CHANGES);
    }
}
