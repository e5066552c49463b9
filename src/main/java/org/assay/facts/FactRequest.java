package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the fact set a request asks about: either {@code {"facts": {...}}}, or
 * {@code {"baseline": true, "changes": {...}}} where the changes are a merge patch on the
 * pack's baseline. Faults are reported against the part of the body that holds them.
 */
public final class FactRequest {
    private static final Set<String> MEMBERS = Set.of("facts", "baseline", "changes");

    private FactRequest() {
    }

    /** The fact set the body describes, bound against the schema. */
    public static FactSet resolve(JsonNode body, JsonNode baseline, FactSchema schema) {
        List<Violation> violations = new ArrayList<>();
        if (body == null || !body.isObject()) {
            violations.add(new Violation("", "expected an object with \"facts\", or with \"baseline\": true and \"changes\"; got " + FactBinder.describe(body)));
            throw new InvalidFactsException("The request body is not an object", violations);
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                violations.add(new Violation(name, "unknown member; a request has \"facts\", or \"baseline\" and \"changes\""));
            }
        });
        JsonNode facts = body.get("facts");
        JsonNode useBaseline = body.get("baseline");
        JsonNode changes = body.get("changes");
        if (useBaseline != null && !useBaseline.isBoolean()) {
            violations.add(new Violation("baseline", "expected true or false, got " + FactBinder.describe(useBaseline)));
        }
        boolean onBaseline = useBaseline != null && useBaseline.asBoolean();
        if (facts != null && onBaseline) {
            violations.add(new Violation("facts", "give either \"facts\" or \"baseline\": true with \"changes\", not both"));
        } else if (facts == null && !onBaseline) {
            violations.add(new Violation("facts", "missing: give \"facts\", or \"baseline\": true with optional \"changes\""));
        }
        if (changes != null && !changes.isObject()) {
            violations.add(new Violation("changes", "expected an object (a JSON Merge Patch against the baseline), got " + FactBinder.describe(changes)));
        } else if (changes != null && !onBaseline) {
            violations.add(new Violation("changes", "changes apply to the baseline; add \"baseline\": true"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The request body is malformed", violations);
        }
        FactBinder binder = new FactBinder(schema);
        if (!onBaseline) {
            return binder.bind(facts, "facts");
        }
        return binder.bind(changes == null ? baseline : MergePatch.apply(baseline, changes), "changes");
    }
}
