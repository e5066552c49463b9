package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.outcome.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A sweep answered as one JSON document: every variant's ratings and measures, and the thresholds
 * where they, or the findings, flip. Streamed sweeps carry the same parts as NDJSON lines.
 */
public record SweepReport(String pack, String packVersion, List<Lever> levers, List<Variant> variants,
                          List<Thresholds.Threshold> thresholds, boolean thresholdsTruncated, Summary summary) {

    @Schema(name = "SweepAxis")
    public record Lever(String path, int count) {
    }

    /**
     * @param verdict the headline rating's level; {@code ratings} has every rating's
     * @param problem why the rules could not assess this variant, when they could not; then it has no ratings
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"values"}, name = "SweepVariant")
    public record Variant(Map<String, Object> values, @Schema(ref = "RatingLevel") String verdict, @Schema(ref = "RatingLevels") Map<String, String> ratings,
                          Map<String, Priority> measures,
                          Object problem) {
    }

    /** @param mode {@code incremental} when variants re-used one open session, {@code fresh} when each had its own */
    @Schema(name = "SweepSummary")
    public record Summary(long variants, long elapsedMillis, long variantsPerSecond, String mode) {
    }
}
