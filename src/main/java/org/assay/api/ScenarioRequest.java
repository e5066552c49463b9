package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that saves a scenario, as documented in OpenAPI; it is read by {@link org.assay.store.Scenarios}. */
@Schema(description = "A scenario to save: a pack, a title, and what to assess (a base and changes on it)")
public record ScenarioRequest(
        @Schema(description = "The id of a loaded pack", required = true) String pack,
        @Schema(description = "A non-blank title, at most 200 characters", required = true) String title,
        @Schema(description = "Free notes, at most 10,000 characters") String notes,
        @Schema(description = "{\"baseline\": true} (the default), {\"scenario\": \"name\"} or {\"facts\": {...}}") JsonNode base,
        @Schema(description = "A JSON Merge Patch (RFC 7386) on the base") JsonNode changes) {
}
