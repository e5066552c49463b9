package org.assay.engine.outcome;

/** What a finding says about readiness: something that stops it, falls short, threatens it, supports it, or is unknown. */
public enum FindingKind {
    BLOCKER("Blockers"), GAP("Gaps"), RISK("Risks"), STRENGTH("Strengths"), DATA_GAP("Data gaps");

    private final String title;

    FindingKind(String title) {
        this.title = title;
    }

    /** The heading over a group of findings of this kind, as a reader sees it: "Blockers", "Data gaps". */
    public String title() {
        return title;
    }
}
