package org.assay.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.VerdictLevel;

import java.util.List;
import java.util.Map;

/**
 * A sweep answered as one JSON document: every variant's verdict and measures, and the thresholds
 * where they flip. Streamed sweeps carry the same parts as NDJSON lines.
 */
public record SweepReport(String pack, String packVersion, List<Lever> levers, List<Variant> variants,
                          List<Thresholds.Threshold> thresholds, boolean thresholdsTruncated, Summary summary) {

    public record Lever(String path, int count) {
    }

    /** @param problem why the rules could not assess this variant, when they could not; then it has no verdict */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Variant(Map<String, Object> values, VerdictLevel verdict, Map<String, Priority> measures, Object problem) {
    }

    /** @param mode {@code incremental} when variants re-used one open session, {@code fresh} when each had its own */
    public record Summary(long variants, long elapsedMillis, long variantsPerSecond, String mode) {
    }
}
