package org.assay.engine.outcome;

/** How urgently a measure is recommended, most urgent first. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}
