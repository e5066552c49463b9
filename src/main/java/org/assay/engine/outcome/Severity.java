package org.assay.engine.outcome;

/** How much a finding weighs, worst first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** The graver of two severities: what one finding id weighs when rules raise it more than once. */
    public static Severity worse(Severity a, Severity b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
