package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Converts one JSON value to the Java value its declared field needs, or says why it cannot. */
final class FieldValues {
    private static final int QUOTE_LIMIT = 60;

    private FieldValues() {
    }

    /** The converted value, or null after adding a violation. */
    static Object convert(FieldSpec field, JsonNode node, String path, List<Violation> violations) {
        Object value = switch (field.kind()) {
            case STRING -> node.isTextual() ? node.asText() : null;
            case INTEGER -> whole(node);
            case NUMBER -> node.isNumber() ? Double.valueOf(node.doubleValue()) : null;
            case BOOLEAN -> node.isBoolean() ? Boolean.valueOf(node.booleanValue()) : null;
            case ENUM -> node.isTextual() && field.values().contains(node.asText()) ? node.asText() : null;
            case LIST -> node.isArray() ? listOf(node, path, violations) : null;
            case UNSUPPORTED -> null;
        };
        if (value == null) {
            if (field.kind() != FieldKind.LIST || !node.isArray()) {
                violations.add(new Violation(path, "expected " + expectation(field) + ", got " + FactBinder.describe(node)));
            }
            return null;
        }
        if (value instanceof Number n && !withinBounds(field, n.doubleValue())) {
            violations.add(new Violation(path, "expected " + expectation(field) + ", got " + node.asText()));
            return null;
        }
        return value;
    }

    /**
     * An integer, written as one or as a number with no fraction (3000.0): JSON Schema counts both as integers, and
     * clients that hold every number as a double send the latter.
     */
    private static Integer whole(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? node.intValue() : null;
        }
        double value = node.isNumber() ? node.doubleValue() : Double.NaN;
        boolean whole = value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        return whole ? (int) value : null;
    }

    static String expectation(FieldSpec field) {
        String expected = switch (field.kind()) {
            case ENUM -> "one of " + String.join(", ", field.values());
            case INTEGER -> field.kind().expected() + (field.min() == null && field.max() == null ? " (32-bit)" : "");
            default -> field.kind().expected();
        };
        if (field.min() != null && field.max() != null) {
            expected += " from " + plain(field.min()) + " to " + plain(field.max());
        } else if (field.min() != null) {
            expected += " of at least " + plain(field.min());
        } else if (field.max() != null) {
            expected += " of at most " + plain(field.max());
        }
        return field.unit() == null ? expected : expected + " (" + field.unit() + ")";
    }

    static String abbreviate(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
    }

    private static boolean withinBounds(FieldSpec field, double value) {
        return (field.min() == null || value >= field.min()) && (field.max() == null || value <= field.max());
    }

    private static List<Object> listOf(JsonNode array, String path, List<Violation> violations) {
        List<Object> items = new ArrayList<>(array.size());
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isTextual()) {
                items.add(item.asText());
            } else if (item.isIntegralNumber() && item.canConvertToInt()) {
                items.add(item.intValue());
            } else if (item.isNumber()) {
                items.add(item.doubleValue());
            } else if (item.isBoolean()) {
                items.add(item.booleanValue());
            } else {
                violations.add(new Violation(path + "[" + i + "]", "expected a string, number or boolean, got " + FactBinder.describe(item)));
                valid = false;
            }
        }
        return valid ? List.copyOf(items) : null;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
