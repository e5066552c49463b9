package org.assay.engine.outcome;

/** Readiness verdicts, ordered worst to best: the lower the ordinal, the worse. */
public enum VerdictLevel {
    BLOCKED, NOT_READY, CONDITIONAL, READY;

    public boolean isWorseThan(VerdictLevel other) {
        return ordinal() < other.ordinal();
    }
}
