package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one variant's outcome differs from its neighbour's: the ratings that move (the headline's also as
 * {@code verdictFrom}/{@code verdictTo}), the findings and measures that appear or disappear, and the
 * measures that change priority. Equal changes group together in a sweep's thresholds.
 *
 * @param ratingsChanged each rating that moves, by id, as {@code [from, to]}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(extensions = @Extension(name = "x-assay-omits-empty", value = "true"))
public record OutcomeChange(String verdictFrom, String verdictTo, Map<String, List<String>> ratingsChanged,
                            Map<String, Severity> findingsAdded, List<String> findingsRemoved,
                            Map<String, Priority> measuresAdded, List<String> measuresRemoved,
                            Map<String, List<Priority>> priorityChanged) {

    /** The change from one outcome to the next, or null when ratings, findings and measures are the same. */
    static OutcomeChange between(VariantOutcome from, VariantOutcome to) {
        Map<String, List<String>> ratings = new LinkedHashMap<>();
        to.ratings().forEach((rating, level) -> {
            String before = from.ratings().get(rating);
            if (!Objects.equals(before, level)) {
                ratings.put(rating, List.of(before, level));
            }
        });
        Map<String, Severity> findingsAdded = new TreeMap<>();
        to.findings().forEach((id, severity) -> {
            if (!from.findings().containsKey(id)) {
                findingsAdded.put(id, severity);
            }
        });
        List<String> findingsRemoved = from.findings().keySet().stream().filter(id -> !to.findings().containsKey(id)).toList();
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
        if (ratings.isEmpty() && findingsAdded.isEmpty() && findingsRemoved.isEmpty() && added.isEmpty() && removed.isEmpty()
                && changed.isEmpty()) {
            return null;
        }
        boolean verdictChanged = !Objects.equals(from.verdict(), to.verdict());
        return new OutcomeChange(verdictChanged ? from.verdict() : null, verdictChanged ? to.verdict() : null, ratings,
                findingsAdded, findingsRemoved, added, removed, changed);
    }
}
