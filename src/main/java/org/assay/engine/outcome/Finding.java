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

    public Finding(String id, FindingKind kind, Severity severity, String message) {
        this.id = id;
        this.kind = kind;
        this.severity = severity;
        this.message = message;
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

    @Override
    public String toString() {
        return "Finding[" + id + " " + kind + " " + severity + "]";
    }
}
