package org.assay.engine.loading;

import org.assay.engine.outcome.FindingKind;

import java.util.List;

/**
 * How the what-if tools read a pack, from the {@code analysis} section of its {@code pack.yaml}; each
 * setting left out takes its default, so a pack says only where it differs.
 *
 * @param weakEvidence which values the fragility check varies
 * @param leverCost    what pulling a lever costs a counterfactual when the lever names no cost of its own
 * @param targetKinds  the kinds of finding a counterfactual target may ask to be gone; by default
 *                     every kind but {@code STRENGTH}, since a strength is not something to be rid of
 */
public record AnalysisSettings(WeakEvidence weakEvidence, Double leverCost, List<FindingKind> targetKinds) {
    public static final double DEFAULT_LEVER_COST = 1;
    public static final List<FindingKind> DEFAULT_TARGET_KINDS =
            List.of(FindingKind.BLOCKER, FindingKind.GAP, FindingKind.RISK, FindingKind.DATA_GAP);
    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(null, null, null);

    public AnalysisSettings {
        weakEvidence = weakEvidence == null ? WeakEvidence.DEFAULTS : weakEvidence;
        leverCost = leverCost == null ? DEFAULT_LEVER_COST : leverCost;
        targetKinds = targetKinds == null ? DEFAULT_TARGET_KINDS : List.copyOf(targetKinds);
    }

    /** What pulling this lever costs: its own cost, or the pack's {@link #leverCost()}. */
    public double costOf(PackManifest.Lever lever) {
        return lever.cost() == null ? leverCost : lever.cost();
    }

    /**
     * When a value's evidence is too weak to rest a conclusion on. A value with no evidence, or no
     * confidence, is always weak: nothing says it is sure.
     *
     * @param confidenceAtMost a value this sure or less is weak: {@code LOW} by default, {@code MEDIUM} for MEDIUM and LOW
     * @param unsourcedIsWeak  whether a value whose evidence names no source is weak whatever its confidence; true by default
     */
    public record WeakEvidence(Confidence confidenceAtMost, Boolean unsourcedIsWeak) {
        public static final WeakEvidence DEFAULTS = new WeakEvidence(null, null);

        public WeakEvidence {
            confidenceAtMost = confidenceAtMost == null ? Confidence.LOW : confidenceAtMost;
            unsourcedIsWeak = unsourcedIsWeak == null || unsourcedIsWeak;
        }

        public boolean weak(PackManifest.Evidence said) {
            // Confidence is declared surest first, so "at most" is "at or after" in its order.
            return said == null || said.confidence() == null
                    || said.confidence().compareTo(confidenceAtMost) >= 0
                    || unsourcedIsWeak && said.source() == null;
        }
    }
}
