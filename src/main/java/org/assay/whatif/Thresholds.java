package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.evaluation.VariantOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a sweep's verdict or measures flip between neighbouring values of a lever, fed the
 * variants in index order. Along the inner lever it compares each variant with the one before;
 * along the outer lever, with the same place in the previous row, the only row it keeps.
 * Flips that are the same change between the same two values are reported once, with the other
 * lever's values where they happen.
 */
final class Thresholds {
    private static final int WHERE_LISTED = 20;

    /** A flip between two neighbouring values of one lever, and where on the other lever it happens. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"lever", "change", "occurrences"})
    record Threshold(String lever, List<Object> between, OutcomeChange change, String otherLever,
                     List<Object> where, long occurrences) {
    }

    private record Key(int axis, int fromIndex, OutcomeChange change) {
    }

    private static final class Group {
        final List<Object> where = new ArrayList<>();
        long occurrences;
    }

    private final List<SweepAxis> axes;
    private final int maxGroups;
    private final Map<Key, Group> groups = new LinkedHashMap<>();
    private final VariantOutcome[] previousRow;
    private VariantOutcome previous;
    private boolean truncated;

    Thresholds(List<SweepAxis> axes, int maxGroups) {
        this.axes = axes;
        this.maxGroups = maxGroups;
        this.previousRow = axes.size() == 2 ? new VariantOutcome[axes.get(1).size()] : null;
    }

    /** @param outcome null for a variant the rules could not assess: no flip is known on either side of it */
    void accept(long index, VariantOutcome outcome) {
        int inner = axes.get(axes.size() - 1).size();
        int innerIndex = (int) (index % inner);
        int outerIndex = (int) (index / inner);
        if (innerIndex > 0 && previous != outcome && previous != null && outcome != null) {
            record(axes.size() - 1, innerIndex - 1, previous, outcome, outerIndex);
        }
        if (previousRow != null) {
            VariantOutcome above = previousRow[innerIndex];
            if (outerIndex > 0 && above != outcome && above != null && outcome != null) {
                record(0, outerIndex - 1, above, outcome, innerIndex);
            }
            previousRow[innerIndex] = outcome;
        }
        previous = outcome;
    }

    private void record(int axis, int fromIndex, VariantOutcome from, VariantOutcome to, int otherIndex) {
        OutcomeChange change = OutcomeChange.between(from, to);
        if (change == null) {
            return;
        }
        Key key = new Key(axis, fromIndex, change);
        Group group = groups.get(key);
        if (group == null) {
            if (groups.size() >= maxGroups) {
                truncated = true;
                return;
            }
            group = new Group();
            groups.put(key, group);
        }
        group.occurrences++;
        if (axes.size() == 2 && group.where.size() < WHERE_LISTED) {
            group.where.add(axes.get(1 - axis).value(otherIndex));
        }
    }

    List<Threshold> thresholds() {
        List<Threshold> result = new ArrayList<>();
        groups.forEach((key, group) -> {
            SweepAxis axis = axes.get(key.axis());
            String other = axes.size() == 2 ? axes.get(1 - key.axis()).path().toString() : null;
            result.add(new Threshold(axis.path().toString(),
                    List.of(axis.value(key.fromIndex()), axis.value(key.fromIndex() + 1)),
                    key.change(), other, other == null ? null : List.copyOf(group.where), group.occurrences));
        });
        return result;
    }

    boolean truncated() {
        return truncated;
    }
}
