package org.assay.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the assessment log: the assessment's id, which pack version assessed which input (by the SHA-256
 * of its canonical JSON), the verdict and every rating's level, the measures it recommended, how long it took, and when.
 *
 * @param id      the id the assessment's response gave; null for an entry logged before assessments had ids
 * @param ratings each rating's level by id; null for an entry logged before the log kept them
 * @param input   the fact set assessed, when one entry is read by its id; null in a listing, and when the input was
 *                larger than {@code assay.log.max-input-bytes} and only its hash was kept
 */
@Schema(requiredProperties = {"id", "pack", "packVersion", "inputHash", "verdict", "measures", "durationMicros", "assessedAt"})
public record LoggedAssessment(@Schema(nullable = true, format = "uuid") String id, String pack, String packVersion, String inputHash, String verdict,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> ratings,
                               List<String> measures, long durationMicros, Instant assessedAt,
                               @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode input) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, String>> LEVELS = new TypeReference<>() {
    };

    static String ratingsJson(Map<String, String> ratings) {
        try {
            return JSON.writeValueAsString(ratings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always writes", e);
        }
    }

    static Map<String, String> ratings(String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, LEVELS);
        } catch (JsonProcessingException e) {
            throw new SQLException("a logged assessment holds ratings that do not parse: " + e.getOriginalMessage(), e);
        }
    }

    /** The logged input as a tree, or null when only its hash was kept. */
    static JsonNode input(String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("a logged assessment holds an input that does not parse: " + e.getOriginalMessage(), e);
        }
    }

    static String measuresJson(List<String> measures) {
        try {
            return JSON.writeValueAsString(measures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always writes", e);
        }
    }

    static List<String> measures(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("a logged assessment holds measures that do not parse: " + e.getOriginalMessage(), e);
        }
    }
}
