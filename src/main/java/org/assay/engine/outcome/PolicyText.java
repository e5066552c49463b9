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

    /** The most character comparisons one search may make: far more than any message needs, far less than a second of work. */
    static final long LONGEST_SEARCH = 100_000_000L;

    public static int indexOf(String text, String pattern) {
        return searchable(text, pattern).indexOf(pattern);
    }

    public static int indexOf(String text, String pattern, int from) {
        return searchable(text, pattern).indexOf(pattern, from);
    }

    public static int lastIndexOf(String text, String pattern) {
        return searchable(text, pattern).lastIndexOf(pattern);
    }

    public static int lastIndexOf(String text, String pattern, int from) {
        return searchable(text, pattern).lastIndexOf(pattern, from);
    }

    public static boolean contains(String text, CharSequence pattern) {
        return searchable(text, pattern).contains(pattern);
    }

    public static String replace(String text, CharSequence target, CharSequence replacement) {
        return bounded(searchable(text, target).replace(target, replacement));
    }

    private static String searchable(String text, CharSequence pattern) {
        if ((long) text.length() * pattern.length() > LONGEST_SEARCH) {
            throw new IllegalArgumentException("the pack's code searched " + text.length() + " characters for " + pattern.length()
                    + "; a search is at most " + LONGEST_SEARCH + " comparisons (text times pattern)");
        }
        return text;
    }

    private static IllegalArgumentException tooLong(int length) {
        return new IllegalArgumentException("the pack's code made a string of " + length + " characters; policy code's strings are at most "
                + LONGEST);
    }
}
