package org.assay.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** A named what-if from a pack's {@code scenarios/*.json}: changes against the baseline, with a title and why. */
public record Scenario(String name, String title, String description, JsonNode changes) {
}
