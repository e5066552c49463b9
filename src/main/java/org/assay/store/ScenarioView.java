package org.assay.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A saved scenario as the API shows it, with whether the pack version it was saved for still
 * serves: {@code currentPackVersion} is the version serving now (absent when the pack is not
 * served at all), and {@code notice} says in words what differs. Notes are an analyst's words for
 * the team, so anonymous readers do not see them. The {@code revision} counts the scenario's changes; a client sees it
 * in the scenario's ETag, not in the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"id", "pack", "packVersion", "packVersionCurrent", "title", "createdAt", "updatedAt"})
public record ScenarioView(String id, String pack, String packVersion, boolean packVersionCurrent, String currentPackVersion,
                           String notice, String title, String notes, JsonNode base, JsonNode changes, String owner,
                           Instant createdAt, Instant updatedAt, @JsonIgnore long revision) {

    /** @param serving the version of the pack that serves now, or null when it is unknown or failed to load */
    static ScenarioView of(SavedScenario s, String serving, Requester reader) {
        String notice = null;
        if (serving == null) {
            notice = "pack \"" + s.pack() + "\" is not served now; the scenario is kept, and can be assessed once the pack loads again";
        } else if (!serving.equals(s.packVersion())) {
            notice = "saved for pack version " + s.packVersion() + "; version " + serving + " serves now, so an assessment may differ from when it was saved";
        }
        return new ScenarioView(s.id(), s.pack(), s.packVersion(), s.packVersion().equals(serving), serving, notice,
                s.title(), reader.anonymous() ? null : s.notes(), s.base(), s.changes(), s.owner(), s.createdAt(), s.updatedAt(), s.revision());
    }
}
