package org.assay.engine.outcome;

/**
 * A verdict a rule reaches. Several rules may each insert one; the assessment takes the worst,
 * so a pack states each verdict's own condition and never has to rank them itself.
 */
public final class Verdict {
    private final VerdictLevel level;
    private final String reason;

    public Verdict(VerdictLevel level, String reason) {
        this.level = level;
        this.reason = reason;
    }

    public VerdictLevel getLevel() {
        return level;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "Verdict[" + level + ": " + reason + "]";
    }
}
