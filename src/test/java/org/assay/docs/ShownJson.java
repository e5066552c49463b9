package org.assay.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An answer as the docs show it, abridged, and whether a real answer fits it.
 *
 * <ul>
 *   <li>An object shows some of its members: each shown member must be in the answer and fit;
 *       members it leaves out are not checked.</li>
 *   <li>An array without {@code ...} among its elements must have exactly the shown elements, in
 *       order. An array with {@code ...} is abridged: the other shown elements must fit elements of
 *       the answer in the same order, with any elements before, between and after them.</li>
 *   <li>A string with {@code ...} (or {@code …}) in it is abridged: the pieces between the dots
 *       must appear in that order, the first at the start and the last at the end. So
 *       {@code "..."} alone matches any value (a version, an id, a time), and
 *       {@code "No outside guarantee..."} any string that starts so. A string written
 *       {@code "<like this>"} is a placeholder and matches any value too.</li>
 *   <li>A number matches an equal number ({@code 1.0} fits {@code 1}); anything else must be equal.</li>
 *   <li>A bare {@code ...} (outside quotes) may stand for elided elements or members, as readers
 *       write it: {@code [ "A", ... ]}, {@code { "id": "X", ... }}; it is read as the element
 *       {@code "..."} or the member {@code "...": "..."}.</li>
 * </ul>
 */
final class ShownJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOTS = "...";
    private static final String ELLIPSIS = "…";

    private ShownJson() {
    }

    /** Reads a shown answer, its bare {@code ...} made strings. */
    static JsonNode read(String shown) throws JsonProcessingException {
        return JSON.readTree(quoteBareDots(shown));
    }

    /** Why the answer does not fit what is shown, or empty when it does. */
    static Optional<String> mismatch(JsonNode shown, JsonNode actual) {
        return mismatch(shown, actual, "$");
    }

    private static Optional<String> mismatch(JsonNode shown, JsonNode actual, String at) {
        if (shown.isTextual() && isWildcard(shown.asText())) {
            return Optional.empty();
        }
        if (actual == null || actual.isMissingNode()) {
            return Optional.of(at + ": missing, expected " + shown);
        }
        if (shown.isTextual() && isAbridged(shown.asText())) {
            return actual.isTextual() && globMatches(shown.asText(), actual.asText()) ? Optional.empty()
                    : Optional.of(at + ": expected " + shown + ", got " + brief(actual));
        }
        if (shown.isObject()) {
            if (!actual.isObject()) {
                return Optional.of(at + ": expected an object, got " + brief(actual));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (isWildcard(member.getKey())) {
                    continue;
                }
                Optional<String> wrong = mismatch(member.getValue(), actual.get(member.getKey()), at + "." + member.getKey());
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
            return Optional.empty();
        }
        if (shown.isArray()) {
            return arrayMismatch(shown, actual, at);
        }
        if (shown.isNumber()) {
            return actual.isNumber() && shown.decimalValue().compareTo(actual.decimalValue()) == 0 ? Optional.empty()
                    : Optional.of(at + ": expected " + shown + ", got " + brief(actual));
        }
        return shown.equals(actual) ? Optional.empty() : Optional.of(at + ": expected " + shown + ", got " + brief(actual));
    }

    private static Optional<String> arrayMismatch(JsonNode shown, JsonNode actual, String at) {
        if (!actual.isArray()) {
            return Optional.of(at + ": expected an array, got " + brief(actual));
        }
        List<JsonNode> wanted = new ArrayList<>();
        boolean abridged = false;
        for (JsonNode element : shown) {
            if (element.isTextual() && isWildcard(element.asText())) {
                abridged = true;
            } else {
                wanted.add(element);
            }
        }
        if (!abridged) {
            if (wanted.size() != actual.size()) {
                return Optional.of(at + ": expected " + wanted.size() + " element(s), got " + actual.size() + ": " + brief(actual));
            }
            for (int i = 0; i < wanted.size(); i++) {
                Optional<String> wrong = mismatch(wanted.get(i), actual.get(i), at + "[" + i + "]");
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
            return Optional.empty();
        }
        int next = 0;
        for (JsonNode element : wanted) {
            while (next < actual.size() && mismatch(element, actual.get(next), at).isPresent()) {
                next++;
            }
            if (next == actual.size()) {
                return Optional.of(at + ": no element fits " + element + " (in the order shown) among " + brief(actual));
            }
            next++;
        }
        return Optional.empty();
    }

    private static boolean isWildcard(String text) {
        return text.equals(DOTS) || text.equals(ELLIPSIS) || text.length() > 2 && text.startsWith("<") && text.endsWith(">");
    }

    private static boolean isAbridged(String text) {
        return text.contains(DOTS) || text.contains(ELLIPSIS);
    }

    /** Whether the pieces between the dots appear in order, the first at the start and the last at the end. */
    private static boolean globMatches(String shown, String actual) {
        String[] pieces = shown.replace(ELLIPSIS, DOTS).split("\\.\\.\\.", -1);
        if (!actual.startsWith(pieces[0])) {
            return false;
        }
        int from = pieces[0].length();
        for (int i = 1; i < pieces.length - 1; i++) {
            int found = actual.indexOf(pieces[i], from);
            if (found < 0) {
                return false;
            }
            from = found + pieces[i].length();
        }
        String last = pieces[pieces.length - 1];
        return actual.length() - last.length() >= from && actual.endsWith(last);
    }

    private static String brief(JsonNode actual) {
        String text = String.valueOf(actual);
        return text.length() > 300 ? text.substring(0, 300) + " [" + text.length() + " characters]" : text;
    }

    /** Turns each {@code ...} outside a string into the element {@code "..."}, or the member {@code "...": "..."} where a key is due. */
    static String quoteBareDots(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<Character> open = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            boolean dots = text.startsWith(DOTS, i);
            if (dots || text.startsWith(ELLIPSIS, i)) {
                char before = lastNonBlank(out);
                boolean keyDue = !open.isEmpty() && open.get(open.size() - 1) == '{' && (before == '{' || before == ',');
                out.append(keyDue ? "\"...\": \"...\"" : "\"...\"");
                i += (dots ? DOTS : ELLIPSIS).length() - 1;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> open.add(c);
                case '}', ']' -> {
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                }
                default -> {
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static char lastNonBlank(StringBuilder out) {
        for (int i = out.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(out.charAt(i))) {
                return out.charAt(i);
            }
        }
        return 0;
    }
}
