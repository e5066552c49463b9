package org.assay.engine.loading;

/**
 * DRL text with the parts that are not code blanked out: comments, and for the sandbox string
 * literals too. Blanking keeps every other character where it was, so offsets still give the line
 * and column of the source.
 */
public final class DrlText {
    private DrlText() {
    }

    /** The text with comments blanked. */
    static String withoutComments(String text) {
        return blank(text, false);
    }

    /** The text with comments and string literals (double- or single-quoted, text blocks) blanked. */
    public static String codeOnly(String text) {
        return blank(text, true);
    }

    /** 1-based line of an offset. */
    public static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of an offset. */
    public static int column(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    private static String blank(String text, boolean strings) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            int end = endOfNonCode(text, i);
            boolean isString = end > i && (text.charAt(i) == '"' || text.charAt(i) == '\'');
            if (end > i && (strings || !isString)) {
                for (int j = isString ? i + 1 : i; j < (isString ? end - 1 : end); j++) {
                    if (out[j] != '\n') {
                        out[j] = ' ';
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        return new String(out);
    }

    /** Where the comment or literal starting at {@code i} ends (exclusive), or {@code i} when none starts there. */
    private static int endOfNonCode(String text, int i) {
        if (text.startsWith("//", i)) {
            int eol = text.indexOf('\n', i);
            return eol < 0 ? text.length() : eol;
        }
        if (text.startsWith("/*", i)) {
            int close = text.indexOf("*/", i + 2);
            return close < 0 ? text.length() : close + 2;
        }
        if (text.startsWith("\"\"\"", i)) {
            int close = text.indexOf("\"\"\"", i + 3);
            return close < 0 ? text.length() : close + 3;
        }
        char c = text.charAt(i);
        if (c != '"' && c != '\'') {
            return i;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char d = text.charAt(j);
            if (d == '\\') {
                j++;
            } else if (d == c || d == '\n') {
                return j + 1;
            }
        }
        return text.length();
    }
}
