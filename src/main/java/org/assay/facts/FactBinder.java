package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON fact set against a schema and converts its values. Nothing is dropped or
 * defaulted: every unknown name, wrong type or missing required field becomes a {@link Violation},
 * and all of them are reported together.
 */
public final class FactBinder {
    private static final String ID_FIELD = "id";

    private final FactSchema schema;

    public FactBinder(FactSchema schema) {
        this.schema = schema;
    }

    /**
     * @param facts the fact set
     * @param where the path of {@code facts} in the request, prefixed to every violation's path
     */
    public FactSet bind(JsonNode facts, String where) {
        List<Violation> violations = new ArrayList<>();
        List<FactSet.Instance> instances = new ArrayList<>();
        if (facts == null || !facts.isObject()) {
            violations.add(new Violation(where, "expected an object of fact types, got " + describe(facts)));
        } else {
            facts.fields().forEachRemaining(e -> bindType(e.getKey(), e.getValue(), where + "." + e.getKey(), instances, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The fact set has " + violations.size() + " fault(s)", violations);
        }
        return new FactSet(instances);
    }

    private void bindType(String typeName, JsonNode byId, String path, List<FactSet.Instance> out, List<Violation> violations) {
        TypeSpec type = schema.type(typeName);
        if (type == null) {
            violations.add(new Violation(path, "unknown fact type; known types: " + String.join(", ", schema.types().keySet())));
            return;
        }
        if (!byId.isObject()) {
            violations.add(new Violation(path, "expected an object of " + typeName + " instances by id, got " + describe(byId)));
            return;
        }
        byId.fields().forEachRemaining(e -> {
            String instancePath = path + "." + e.getKey();
            if (e.getKey().isBlank()) {
                violations.add(new Violation(instancePath, "an instance id must not be blank"));
            } else if (!e.getValue().isObject()) {
                violations.add(new Violation(instancePath, "expected an object of field values, got " + describe(e.getValue())));
            } else {
                out.add(new FactSet.Instance(typeName, e.getKey(), bindFields(type, e.getKey(), e.getValue(), instancePath, violations)));
            }
        });
    }

    private Map<String, Object> bindFields(TypeSpec type, String id, JsonNode fields, String path, List<Violation> violations) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String fieldPath = path + "." + e.getKey();
            FieldSpec field = type.fields().get(e.getKey());
            if (ID_FIELD.equals(e.getKey())) {
                if (!e.getValue().isTextual() || !e.getValue().asText().equals(id)) {
                    violations.add(new Violation(fieldPath, "the id comes from the instance key \"" + id + "\"; leave it out or repeat it exactly"));
                }
            } else if (field == null) {
                violations.add(new Violation(fieldPath, "unknown field of " + type.name() + "; its fields are: " + String.join(", ", type.fields().keySet())));
            } else if (!e.getValue().isNull()) {
                Object value = FieldValues.convert(field, e.getValue(), fieldPath, violations);
                if (value != null) {
                    values.put(field.name(), value);
                }
            }
        }
        for (FieldSpec field : type.fields().values()) {
            if (field.required() && !fields.hasNonNull(field.name())) {
                violations.add(new Violation(path + "." + field.name(), "required field is missing; expected " + FieldValues.expectation(field)));
            }
        }
        return values;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "the string \"" + FieldValues.abbreviate(node.asText()) + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase();
        };
    }
}
