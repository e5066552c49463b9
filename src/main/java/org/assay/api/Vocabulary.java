package org.assay.api;

import org.assay.engine.Pack;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;

/**
 * The words an assessment is written in, in their order, so that a client groups, orders and colours
 * what it shows without lists of its own. They come from the outcome types the rules use and the pack's headline rating.
 */
@Schema(description = "The finding kinds, verdict levels and priorities an assessment uses, each list in its order")
record Vocabulary(
        @Schema(description = "Finding kinds in the order a reader meets them, each with the heading over its group")
        List<Kind> findingKinds,
        @Schema(description = "The headline rating's levels, worst first; the pack's ratings list every rating's", example = "[\"BLOCKED\", \"NOT_READY\", \"CONDITIONAL\", \"READY\"]")
        List<String> verdictLevels,
        @Schema(description = "Measure priorities, most urgent first", example = "[\"CRITICAL\", \"HIGH\", \"MEDIUM\", \"LOW\"]")
        List<String> priorities) {

    @Schema(name = "VocabularyKind", description = "A finding kind and the heading over its group")
    record Kind(@Schema(example = "DATA_GAP") String name, @Schema(example = "Data gaps") String title) {
    }

    private static final List<Kind> KINDS = Arrays.stream(FindingKind.values()).map(kind -> new Kind(kind.name(), kind.title())).toList();

    /** A pack's vocabulary: the outcome types of {@code engine.outcome}, and the levels of its headline rating. */
    static Vocabulary of(Pack pack) {
        return new Vocabulary(KINDS, pack.ratings().headline().levels(), names(Priority.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
