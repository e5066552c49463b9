package org.assay.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the assessment log: which pack version assessed which input (by the SHA-256 of its
 * canonical JSON), the verdict and the measures it recommended, how long it took, and when.
 */
public record LoggedAssessment(long id, String pack, String packVersion, String inputHash, String verdict,
                               List<String> measures, long durationMicros, Instant assessedAt) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

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
