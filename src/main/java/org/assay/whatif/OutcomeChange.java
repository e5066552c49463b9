package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.VerdictLevel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one variant's outcome differs from its neighbour's: the verdict, and the measures that
 * appear, disappear or change priority. Equal changes group together in a sweep's thresholds.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OutcomeChange(VerdictLevel verdictFrom, VerdictLevel verdictTo, Map<String, Priority> measuresAdded,
                            List<String> measuresRemoved, Map<String, List<Priority>> priorityChanged) {

    /** The change from one outcome to the next, or null when verdict and measures are the same. */
    static OutcomeChange between(VariantOutcome from, VariantOutcome to) {
        Map<String, Priority> added = new TreeMap<>();
        Map<String, List<Priority>> changed = new TreeMap<>();
        to.measures().forEach((measure, priority) -> {
            Priority before = from.measures().get(measure);
            if (before == null) {
                added.put(measure, priority);
            } else if (before != priority) {
                changed.put(measure, List.of(before, priority));
            }
        });
        List<String> removed = from.measures().keySet().stream().filter(m -> !to.measures().containsKey(m)).toList();
        boolean verdictChanged = !Objects.equals(from.verdict(), to.verdict());
        if (!verdictChanged && added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            return null;
        }
        return new OutcomeChange(verdictChanged ? from.verdict() : null, verdictChanged ? to.verdict() : null,
                added, removed, changed);
    }
}
