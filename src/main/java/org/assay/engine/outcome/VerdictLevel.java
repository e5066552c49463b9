package org.assay.engine.outcome;

import java.util.Collection;
import java.util.Optional;

/** Readiness verdicts, ordered worst to best: the lower the ordinal, the worse. */
public enum VerdictLevel {
    BLOCKED, NOT_READY, CONDITIONAL, READY;

    public boolean isWorseThan(VerdictLevel other) {
        return ordinal() < other.ordinal();
    }

    /**
     * The verdict of an evaluation: the worst level any rule reached, so a pack states each verdict's own
     * condition and never ranks them. None reached is no verdict, which is no level at all, never the best or the worst.
     */
    public static Optional<VerdictLevel> worst(Collection<VerdictLevel> reached) {
        return reached.stream().min(Enum::compareTo);
    }
}
