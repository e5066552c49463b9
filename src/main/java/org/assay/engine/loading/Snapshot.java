package org.assay.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A dated state of the world from a pack's {@code snapshots/<date>.json}: what it covers, its facts (a whole
 * fact set, or changes against the snapshot before it, the first against the baseline), and where its values
 * come from. Its {@link #facts()} and {@link #evidence()} are resolved along that chain when the pack loads.
 *
 * @param date     the date it is as of, {@code 2026-12-01}, which is also its name
 * @param covers   what the snapshot describes and what it leaves out
 * @param facts    the whole fact set as of the date
 * @param evidence every value's evidence as of the date: the earlier evidence, less what its changes replaced, and its own
 */
public record Snapshot(String date, @Schema(nullable = true) String title, @Schema(nullable = true) String covers, JsonNode facts, Map<String, PackManifest.Evidence> evidence) {
}
