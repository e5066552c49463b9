package org.assay.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.loading.AnalysisSettings;
import org.assay.engine.loading.Confidence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Which conclusions of an assessment hinge on a single weak fact: a value the pack's
 * {@link AnalysisSettings.WeakEvidence} calls weak (by default LOW confidence or no source), whose change alone (to another value its lever or type allows) flips the
 * verdict or a finding. These are the figures an analyst should check first.
 *
 * @param factsChecked how many weak values were varied
 * @param verdict the weak values whose change alone moves a rating (the verdict, in a pack with one rating)
 * @param findings by finding id, the weak values whose change alone removes the finding or changes its severity
 * @param notChecked weak values that were not varied: numbers and texts that are not levers have no range to try,
 *                   and values beyond the check's budget of variants ({@code assay.evidence.max-fragility-variants})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(requiredProperties = {"factsChecked"})
public record Fragility(int factsChecked, List<Hinge> verdict, Map<String, List<Hinge>> findings, List<String> notChecked) {

    /**
     * @param confidence null when the value has no evidence at all
     * @param effect what the change does, e.g. {@code verdict NOT_READY}, {@code gone}, {@code severity LOW}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"path", "effect"})
    public record Hinge(String path, Object value, String source, Confidence confidence, Object changedTo, String effect) {
    }
}
