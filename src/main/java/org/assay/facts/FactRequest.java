package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

/**
 * Reads the fact set a request asks about: either {@code {"facts": {...}}}, or
 * {@code {"baseline": true, "changes": {...}}} where the changes are a merge patch on the
 * pack's baseline, or {@code {"scenario": "name", "changes": {...}}} where they patch a named
 * scenario's changes on the baseline. Faults are reported against the part of the body that holds them.
 */
public final class FactRequest {
    private static final Set<String> MEMBERS = Set.of("facts", "baseline", "scenario", "changes");

    private FactRequest() {
    }

    /** The fact set the body describes, bound against the schema; a pack without scenarios passes none. */
    public static FactSet resolve(JsonNode body, JsonNode baseline, FactSchema schema) {
        return resolve(body, baseline, schema, Map.of());
    }

    /**
     * @param scenarios each named scenario's changes against the baseline
     */
    public static FactSet resolve(JsonNode body, JsonNode baseline, FactSchema schema, Map<String, JsonNode> scenarios) {
        List<Violation> violations = new ArrayList<>();
        if (body == null || !body.isObject()) {
            violations.add(new Violation("", "expected an object with \"facts\", or with \"baseline\": true and \"changes\"; got " + FactBinder.describe(body)));
            throw new InvalidFactsException("The request body is not an object", violations);
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                violations.add(new Violation(name, "unknown member; a request has \"facts\", or \"baseline\" or \"scenario\" with \"changes\""));
            }
        });
        JsonNode facts = body.get("facts");
        JsonNode useBaseline = body.get("baseline");
        JsonNode changes = body.get("changes");
        if (useBaseline != null && !useBaseline.isBoolean()) {
            violations.add(new Violation("baseline", "expected true or false, got " + FactBinder.describe(useBaseline)));
        }
        JsonNode scenario = body.get("scenario");
        JsonNode base = baseline;
        if (scenario != null) {
            if (!scenario.isTextual() || !scenarios.containsKey(scenario.asText())) {
                violations.add(new Violation("scenario", "unknown scenario " + FactBinder.describe(scenario) + "; this pack's scenarios are: "
                        + (scenarios.isEmpty() ? "none" : String.join(", ", new TreeSet<>(scenarios.keySet())))));
            } else {
                base = MergePatch.apply(baseline, scenarios.get(scenario.asText()));
            }
        }
        boolean onBaseline = (useBaseline != null && useBaseline.asBoolean()) || scenario != null;
        if (facts != null && onBaseline) {
            violations.add(new Violation("facts", "give either \"facts\", or \"baseline\": true or a \"scenario\" with \"changes\", not both"));
        } else if (facts == null && !onBaseline) {
            violations.add(new Violation("facts", "missing: give \"facts\", or \"baseline\": true or a \"scenario\", with optional \"changes\""));
        }
        if (changes != null && !changes.isObject()) {
            violations.add(new Violation("changes", "expected an object (a JSON Merge Patch against the baseline), got " + FactBinder.describe(changes)));
        } else if (changes != null && !onBaseline) {
            violations.add(new Violation("changes", "changes apply to the baseline or a scenario; add \"baseline\": true or \"scenario\""));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The request body is malformed", violations);
        }
        FactBinder binder = new FactBinder(schema);
        if (!onBaseline) {
            return binder.bind(facts, "facts");
        }
        return binder.bind(changes == null ? base : MergePatch.apply(base, changes), "changes");
    }
}
