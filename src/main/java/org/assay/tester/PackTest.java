package org.assay.tester;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.engine.evaluation.Assessment;

import java.util.List;

/**
 * One scenario test from {@code tests/*.json}: a fact set (whole, or the baseline) with optional
 * changes on top, and the verdict, findings and measures that must and must not result.
 */
public record PackTest(String name, String note, JsonNode facts, JsonNode changes, Outcome expect, Outcome absent) {

    /** What must appear (in {@code expect}) or must not (in {@code absent}), or what did; a verdict is exact. */
    public record Outcome(String verdict, List<String> findings, List<String> measures) {
        public Outcome {
            findings = findings == null ? List.of() : List.copyOf(findings);
            measures = measures == null ? List.of() : List.copyOf(measures);
        }

        /** What an assessment concluded, in the assessment's order. */
        public static Outcome of(Assessment assessment) {
            return new Outcome(assessment.verdict().name(),
                    assessment.findings().stream().map(Assessment.AssessedFinding::id).toList(),
                    assessment.recommendations().stream().map(Assessment.AssessedRecommendation::measure).toList());
        }
    }

    /** The assessment request this test makes: its facts, or the baseline, with its changes on top. */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (facts != null) {
            request.set("facts", facts);
        } else {
            request.put("baseline", true);
        }
        if (changes != null) {
            request.set("changes", changes);
        }
        return request;
    }
}
