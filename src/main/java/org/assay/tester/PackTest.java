package org.assay.tester;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.engine.evaluation.Assessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario test from {@code tests/*.json}: a fact set (whole, the baseline, a named scenario or a dated
 * snapshot) with optional changes on top, and the ratings, findings and measures that must and must not result.
 */
public record PackTest(String name, String note, JsonNode facts, String scenario, String snapshot, JsonNode changes,
                       Outcome expect, Outcome absent) {

    /**
     * What must appear (in {@code expect}) or must not (in {@code absent}), or what did; a level is exact.
     *
     * @param verdict the headline rating's level
     * @param ratings levels by rating id; a test names the ratings it is about
     */
    @Schema(name = "TestOutcome")
    public record Outcome(String verdict, Map<String, String> ratings, List<String> findings, List<String> measures) {
        public Outcome {
            ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
            findings = findings == null ? List.of() : List.copyOf(findings);
            measures = measures == null ? List.of() : List.copyOf(measures);
        }

        /** What an assessment concluded, in the assessment's order. */
        public static Outcome of(Assessment assessment) {
            return new Outcome(assessment.verdict(), assessment.levels(),
                    assessment.findings().stream().map(Assessment.AssessedFinding::id).toList(),
                    assessment.recommendations().stream().map(Assessment.AssessedRecommendation::measure).toList());
        }
    }

    /** The assessment request this test makes: its base (facts, a named scenario, a snapshot or the baseline) with its changes on top. */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (facts != null) {
            request.set("facts", facts);
        } else if (scenario != null) {
            request.put("scenario", scenario);
        } else if (snapshot != null) {
            request.put("snapshot", snapshot);
        } else {
            request.put("baseline", true);
        }
        if (changes != null) {
            request.set("changes", changes);
        }
        return request;
    }
}
