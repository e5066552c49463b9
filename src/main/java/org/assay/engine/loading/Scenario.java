package org.assay.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * A named what-if from a pack's {@code scenarios/*.json}: changes against the baseline, with a title
 * and why, and where the changed values come from (by path; a changed value without evidence is unsourced).
 */
public record Scenario(String name, String title, String description, JsonNode changes, Map<String, PackManifest.Evidence> evidence) {
}
