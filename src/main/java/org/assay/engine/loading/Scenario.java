package org.assay.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A named what-if from a pack's {@code scenarios/*.json}: changes against the baseline, with a title
 * and why, and where the changed values come from (by path; a changed value without evidence is unsourced).
 */
public record Scenario(String name, @Schema(nullable = true) String title, @Schema(nullable = true) String description, JsonNode changes, Map<String, PackManifest.Evidence> evidence) {
}
