package org.assay.store;

import org.assay.facts.Violation;

import java.util.List;

/** Which slice of a newest-first listing to return. */
public record Page(int limit, int offset) {

    /**
     * Reads {@code limit} and {@code offset} query parameters, adding a violation for each bad one.
     *
     * @return the page, or null when either parameter is bad
     */
    static Page parse(String limit, String offset, int defaultLimit, int maxLimit, List<Violation> violations) {
        Integer size = number("limit", limit, defaultLimit, 1, maxLimit, violations);
        Integer skip = number("offset", offset, 0, 0, Integer.MAX_VALUE, violations);
        return size == null || skip == null ? null : new Page(size, skip);
    }

    private static Integer number(String name, String text, int absent, int min, int max, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        violations.add(new Violation(name, "expected a whole number from " + min + " to " + max + ", got \"" + text + "\""));
        return null;
    }
}
