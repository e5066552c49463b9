package org.assay.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.facts.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a client writes of a scenario, read from a request body and checked for shape: every
 * unknown member, missing title or malformed base is reported, all at once, by its path.
 * Whether the base and changes fit the pack is checked against the pack by {@link ScenarioCheck}.
 */
record ScenarioDraft(String pack, String title, String notes, JsonNode base, JsonNode changes) {
    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 10_000;
    private static final Set<String> MEMBERS = Set.of("pack", "title", "notes", "base", "changes");
    private static final Set<String> BASES = Set.of("baseline", "scenario", "snapshot", "facts");

    /** Reads a body; absent, the base is the pack's baseline and there are no changes. */
    static ScenarioDraft read(JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("The scenario is not a JSON object",
                    List.of(new Violation("", "expected an object with pack, title, and optional notes, base and changes")));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                violations.add(new Violation(name, "unknown member; a scenario has pack, title, notes, base and changes"));
            }
        });
        String pack = text(body, "pack", 200, true, violations);
        String title = text(body, "title", MAX_TITLE, true, violations);
        String notes = text(body, "notes", MAX_NOTES, false, violations);
        JsonNode base = body.hasNonNull("base") ? body.get("base") : JsonNodeFactory.instance.objectNode().put("baseline", true);
        checkBase(base, violations);
        JsonNode changes = body.hasNonNull("changes") ? body.get("changes") : JsonNodeFactory.instance.objectNode();
        if (!changes.isObject()) {
            violations.add(new Violation("changes", "expected an object (a JSON Merge Patch on the base), got " + kind(changes)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The scenario has " + violations.size() + " fault(s)", violations);
        }
        return new ScenarioDraft(pack, title.strip(), notes, base, changes);
    }

    /** This draft as a body, so that a merge patch can be applied to it. */
    ObjectNode toBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("pack", pack).put("title", title);
        if (notes != null) {
            body.put("notes", notes);
        }
        body.set("base", base.deepCopy());
        body.set("changes", changes.deepCopy());
        return body;
    }

    private static String text(JsonNode body, String name, int max, boolean required, List<Violation> violations) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                violations.add(new Violation(name, "required; expected a string"));
            }
            return null;
        }
        if (!node.isTextual() || (required && node.asText().isBlank()) || node.asText().length() > max) {
            violations.add(new Violation(name, "expected " + (required ? "a non-blank" : "a") + " string of at most " + max
                    + " characters, got " + (node.isTextual() ? "\"" + abbreviate(node.asText()) + "\"" : kind(node))));
            return null;
        }
        return node.asText();
    }

    private static void checkBase(JsonNode base, List<Violation> violations) {
        if (!base.isObject() || base.size() != 1 || !BASES.contains(base.fieldNames().next())) {
            String got = !base.isObject() ? kind(base)
                    : base.isEmpty() ? "an empty object" : "the members " + String.join(", ", (Iterable<String>) base::fieldNames);
            violations.add(new Violation("base", "expected exactly one of {\"baseline\": true}, {\"scenario\": \"name\"}, {\"snapshot\": \"YYYY-MM-DD\"}"
                    + " or {\"facts\": {...}}, got " + got));
        } else if (base.has("baseline") && !base.get("baseline").booleanValue()) {
            violations.add(new Violation("base.baseline", "expected true, got " + base.get("baseline")));
        } else if (base.has("scenario") && !base.get("scenario").isTextual()) {
            violations.add(new Violation("base.scenario", "expected the name of one of the pack's scenarios, got " + kind(base.get("scenario"))));
        } else if (base.has("snapshot") && !base.get("snapshot").isTextual()) {
            violations.add(new Violation("base.snapshot", "expected the date of one of the pack's snapshots, got " + kind(base.get("snapshot"))));
        } else if (base.has("facts") && !base.get("facts").isObject()) {
            violations.add(new Violation("base.facts", "expected an object of fact types, got " + kind(base.get("facts"))));
        }
    }

    private static String kind(JsonNode node) {
        return node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
