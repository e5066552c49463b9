package org.assay.engine.outcome;

/**
 * A finding a rule raises. The rule gives what only it knows (id, kind, severity, message); the
 * engine adds the rule name, its {@code @dimension} and {@code @source} metadata and the facts it
 * matched, so explanations never depend on what a consequence remembered to say.
 */
public final class Finding {
    private final String id;
    private final FindingKind kind;
    private final Severity severity;
    private final String message;
    private final String rating;

    public Finding(String id, FindingKind kind, Severity severity, String message) {
        this(id, kind, severity, message, null);
    }

    private Finding(String id, FindingKind kind, Severity severity, String message, String rating) {
        this.id = id;
        this.kind = kind;
        this.severity = severity;
        this.message = message;
        this.rating = rating;
    }

    /**
     * The same finding, bearing on one of the pack's ratings: a pack with several ratings says which each
     * finding counts towards, and its verdict rules match {@code Finding(rating == "security", ...)}.
     */
    public Finding on(String rating) {
        return new Finding(id, kind, severity, message, rating);
    }

    public static Finding blocker(String id, Severity severity, String format, Object... args) {
        return new Finding(id, FindingKind.BLOCKER, severity, Text.format(format, args));
    }

    public static Finding gap(String id, Severity severity, String format, Object... args) {
        return new Finding(id, FindingKind.GAP, severity, Text.format(format, args));
    }

    public static Finding risk(String id, Severity severity, String format, Object... args) {
        return new Finding(id, FindingKind.RISK, severity, Text.format(format, args));
    }

    public static Finding strength(String id, Severity severity, String format, Object... args) {
        return new Finding(id, FindingKind.STRENGTH, severity, Text.format(format, args));
    }

    public static Finding dataGap(String id, Severity severity, String format, Object... args) {
        return new Finding(id, FindingKind.DATA_GAP, severity, Text.format(format, args));
    }

    public String getId() {
        return id;
    }

    public FindingKind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    /** The rating this finding bears on, or null when it names none. */
    public String getRating() {
        return rating;
    }

    @Override
    public String toString() {
        return "Finding[" + id + " " + kind + " " + severity + "]";
    }
}
