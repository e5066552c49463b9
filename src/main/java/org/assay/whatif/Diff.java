package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonValue;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the assessment of a base with changes differs from the assessment of the base alone, as
 * {@link AssessmentDiff} finds it. Findings are told apart by id, measures by measure id.
 *
 * @param ratings      every rating's change by id, in the pack's order
 * @param changedFacts every leaf value that differs between the two fact sets
 */
public record Diff(VerdictChange verdict, Map<String, VerdictChange> ratings, Changes<FindingDelta, FindingChange> findings,
                   Changes<MeasureDelta, MeasureChange> measures, List<ChangedFact> changedFacts) {

    /** How one rating moved; {@code verdict} is the headline rating's, {@code ratings} every rating's by id. */
    public record VerdictChange(@Schema(ref = "RatingLevel") String before, @Schema(ref = "RatingLevel") String after, boolean changed) {
    }

    /** What appeared, what disappeared, and what is in both but different. */
    public record Changes<D, C>(List<D> added, List<D> removed, List<C> changed) {
    }

    public record FindingDelta(String id, FindingKind kind, Severity severity, String message, List<Cause> causes) {
    }

    public record FindingChange(String id, FindingState before, FindingState after, List<Cause> causes) {
    }

    public record FindingState(Severity severity, String message, FindingKind kind) {
    }

    public record MeasureDelta(String measure, Priority priority, List<Cause> causes) {
    }

    public record MeasureChange(String measure, Priority before, Priority after, List<Cause> causes) {
    }

    /**
     * A value that differs, as {@code Type.id.field}; null stands for absent (unknown). An instance
     * that appears or disappears with no field values is named {@code Type.id}.
     */
    public record ChangedFact(String path, Object before, Object after) {
    }

    /** A changed fact a difference traces back to, and how. */
    public record Cause(String path, Via via) {
    }

    public enum Via {
        /** A rule behind the difference matched the changed fact itself. */
        MATCH,
        /**
         * A rule behind the difference tests facts of this type through {@code not}, {@code exists},
         * {@code forall} or {@code accumulate}, which never show in its match: the changed fact may
         * have decided it, but the trace cannot say for sure.
         */
        CONDITION;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
