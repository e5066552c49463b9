package org.assay.tester;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One scenario test from {@code tests/*.json}: a fact set (whole, or the baseline) with optional
 * changes on top, and the verdict, findings and measures that must and must not result.
 */
public record PackTest(String name, String note, JsonNode facts, JsonNode changes, Outcome expect, Outcome absent) {

    /** What must appear (in {@code expect}) or must not (in {@code absent}); a verdict is exact. */
    public record Outcome(String verdict, List<String> findings, List<String> measures) {
        public Outcome {
            findings = findings == null ? List.of() : List.copyOf(findings);
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }
}
