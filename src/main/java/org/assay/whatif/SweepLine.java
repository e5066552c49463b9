package org.assay.whatif;

import org.assay.engine.outcome.Priority;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The lines of a streamed sweep (application/x-ndjson), told apart by {@code type}: a header, one line per variant
 * (or a failed one), progress about every percent, and a summary; or an error that ends the stream.
 */
@Schema(name = "SweepLine", description = "One line of a streamed sweep, told apart by its type",
        oneOf = {SweepLine.Header.class, SweepLine.Variant.class, SweepLine.Failed.class, SweepLine.Progress.class,
                SweepLine.Summary.class, SweepLine.Error.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "sweep", schema = SweepLine.Header.class),
                @DiscriminatorMapping(value = "variant", schema = SweepLine.Variant.class),
                @DiscriminatorMapping(value = "failed", schema = SweepLine.Failed.class),
                @DiscriminatorMapping(value = "progress", schema = SweepLine.Progress.class),
                @DiscriminatorMapping(value = "summary", schema = SweepLine.Summary.class),
                @DiscriminatorMapping(value = "error", schema = SweepLine.Error.class)})
public interface SweepLine {
    @Schema(name = "SweepHeaderLine", description = "The first line: the pack, its version, the levers and how many variants follow")
    record Header(@Schema(enumeration = "sweep") String type, String pack, String packVersion, List<SweepReport.Lever> levers,
                  long variants) implements SweepLine {
    }

    /**
     * A variant's line. {@link SweepStream} writes it from bytes it escaped once, not from this record; the record
     * says what those bytes are, for the OpenAPI document.
     */
    @Schema(name = "SweepVariantLine", description = "A variant: each lever's value, the headline level, every rating's level and the measures")
    record Variant(@Schema(enumeration = "variant") String type, long index, Map<String, Object> values, @Schema(ref = "RatingLevel") String verdict,
                   @Schema(ref = "RatingLevels") Map<String, String> ratings, Map<String, Priority> measures) implements SweepLine {
    }

    @Schema(name = "SweepFailedLine", description = "A variant the rules could not assess, and the problem")
    record Failed(@Schema(enumeration = "failed") String type, long index, Map<String, Object> values,
                  @Schema(ref = "Problem") Object problem) implements SweepLine {
    }

    @Schema(name = "SweepProgressLine", description = "How far the sweep is, about every percent")
    record Progress(@Schema(enumeration = "progress") String type, long done, long total, double percent) implements SweepLine {
    }

    @Schema(name = "SweepSummaryLine", description = "The last line: the summary and the thresholds where outcomes flip")
    record Summary(@Schema(enumeration = "summary") String type, SweepReport.Summary summary, List<Thresholds.Threshold> thresholds,
                   boolean thresholdsTruncated) implements SweepLine {
    }

    @Schema(name = "SweepErrorLine", description = "The sweep stopped (a limit, the deadline); the problem says why")
    record Error(@Schema(enumeration = "error") String type, @Schema(ref = "Problem") Object problem) implements SweepLine {
    }
}
