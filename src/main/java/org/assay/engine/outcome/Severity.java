package org.assay.engine.outcome;

/** How much a finding weighs, worst first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW
}
