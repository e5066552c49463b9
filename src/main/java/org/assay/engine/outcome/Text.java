package org.assay.engine.outcome;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link String#format} for policy code, which may not call it directly: a format's width or
 * precision is a size ({@code %2000000000s} asks for a 4 GB string, and {@code "%" + n + "s"} one
 * sized by a variable), so this refuses any above {@value #LARGEST}. Formats in English, so the same
 * facts always give the same message whatever the server's locale.
 */
public final class Text {
    /** Wider than any message needs. */
    static final int LARGEST = 100;
    private static final Pattern SIZE = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(<]*(\\d+)?(?:\\.(\\d+))?[a-zA-Z%]");

    private Text() {
    }

    public static String format(String format, Object... args) {
        Matcher m = SIZE.matcher(format);
        while (m.find()) {
            for (int group = 1; group <= 2; group++) {
                String size = m.group(group);
                if (size != null && (size.length() > 3 || Integer.parseInt(size) > LARGEST)) {
                    throw new IllegalArgumentException("the format \"" + m.group() + "\" asks for " + size
                            + " characters; a width or precision is at most " + LARGEST);
                }
            }
        }
        return String.format(Locale.ROOT, format, args);
    }
}
