package org.assay.engine.outcome;

/**
 * The largest string policy code may make. The sandbox calls {@link #bounded} after each of an
 * untrusted pack's concatenations and appends; a message or an id is never near the limit.
 */
public final class PolicyText {
    static final int LONGEST = 1_000_000;

    private PolicyText() {
    }

    public static String bounded(String text) {
        if (text.length() > LONGEST) {
            throw tooLong(text.length());
        }
        return text;
    }

    public static StringBuilder bounded(StringBuilder text) {
        if (text.length() > LONGEST) {
            throw tooLong(text.length());
        }
        return text;
    }

    private static IllegalArgumentException tooLong(int length) {
        return new IllegalArgumentException("the pack's code made a string of " + length + " characters; policy code's strings are at most "
                + LONGEST);
    }
}
