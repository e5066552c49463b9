package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.TreeSet;

/**
 * One field of one fact instance, named the way levers and sweeps name it:
 * {@code EuforMission.althea.troopsInCountry}. Instance ids may contain dots, so the type is the
 * first segment and the field the last.
 */
public record FieldPath(String type, String id, String field) {

    /**
     * @param where the request path that holds the text, used in violations
     * @return the path, or null after adding a violation that says what is wrong with it
     */
    public static FieldPath parse(String text, FactSchema schema, String where, List<Violation> violations) {
        int first = text == null ? -1 : text.indexOf('.');
        int last = text == null ? -1 : text.lastIndexOf('.');
        if (first <= 0 || last <= first + 1 || last == text.length() - 1) {
            violations.add(new Violation(where, "expected a path Type.id.field, such as EuforMission.althea.troopsInCountry; got "
                    + (text == null ? "nothing" : "\"" + FieldValues.abbreviate(text) + "\"")));
            return null;
        }
        FieldPath path = FactRef.parse(text.substring(0, last)).field(text.substring(last + 1));
        TypeSpec type = schema.type(path.type());
        if (type == null) {
            violations.add(new Violation(where, "unknown fact type \"" + path.type() + "\"; known types: "
                    + String.join(", ", new TreeSet<>(schema.types().keySet()))));
            return null;
        }
        if (!type.fields().containsKey(path.field())) {
            violations.add(new Violation(where, "unknown field \"" + path.field() + "\" of " + path.type() + "; its fields: "
                    + String.join(", ", type.fields().keySet())));
            return null;
        }
        return path;
    }

    /** The field's declaration; the path was checked against this schema when it was parsed. */
    public FieldSpec spec(FactSchema schema) {
        return schema.type(type).fields().get(field);
    }

    /** The JSON value converted as the field needs it, or null after adding a violation at {@code where}. */
    public Object convert(JsonNode value, FactSchema schema, String where, List<Violation> violations) {
        return FieldValues.convert(spec(schema), value, where, violations);
    }

    /** The fact this field belongs to. */
    public FactRef fact() {
        return new FactRef(type, id);
    }

    @Override
    public String toString() {
        return fact() + "." + field;
    }
}
