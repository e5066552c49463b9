package org.assay.engine.outcome;

/** How urgently a measure is recommended, most urgent first. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** The more urgent of two priorities: what a measure gets when several rules recommend it. */
    public static Priority moreUrgent(Priority a, Priority b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
