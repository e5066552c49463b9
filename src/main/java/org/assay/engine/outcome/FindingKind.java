package org.assay.engine.outcome;

/** What a finding says about readiness: something that stops it, falls short, threatens it, supports it, or is unknown. */
public enum FindingKind {
    BLOCKER, GAP, RISK, STRENGTH, DATA_GAP
}
