package org.assay.engine.loading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in its file an error that the executable model reports without a line belongs. Its
 * messages quote the constraint they could not read ("Unable to parse left part of expression:
 * troopsInCountri != null"), so the quote is looked for in the file's code; inside a pattern, the
 * message also names the pattern's type, which the hints need to suggest the field meant.
 */
final class ErrorPlace {
    private static final Pattern QUOTED = Pattern.compile(":\\s*(.+?)\\s*$");
    /** The type of the pattern an offset lies in: the last "Type(" before it whose parenthesis is still open. */
    private static final Pattern PATTERN_START = Pattern.compile("([A-Z][\\w$]*)\\s*\\($");

    private ErrorPlace() {
    }

    static CompileProblem locate(DrlFile file, String message) {
        Matcher quoted = QUOTED.matcher(message);
        if (!quoted.find()) {
            return new CompileProblem(file.path(), 0, 0, message);
        }
        String code = DrlText.codeOnly(file.text());
        String fragment = quoted.group(1);
        int at = code.indexOf(fragment);
        if (at < 0 || fragment.length() < 3) {
            return new CompileProblem(file.path(), 0, 0, message);
        }
        String type = enclosingPattern(code, at);
        return new CompileProblem(file.path(), DrlText.line(code, at), DrlText.column(code, at),
                type == null ? message : message + ", in a pattern of " + type);
    }

    private static String enclosingPattern(String code, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    Matcher m = PATTERN_START.matcher(code.substring(Math.max(0, i - 80), i + 1));
                    return m.find() ? m.group(1) : null;
                }
                depth--;
            }
        }
        return null;
    }
}
