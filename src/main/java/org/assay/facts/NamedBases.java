package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The bases a pack offers a request by name: its baseline, its named scenarios (changes against the baseline)
 * and its dated snapshots (whole fact sets, each as of its date).
 *
 * @param baseline  the baseline, or null when the pack has none
 * @param scenarios each named scenario's changes against the baseline
 * @param snapshots each snapshot's whole fact set, by date ({@code 2026-12-01})
 */
public record NamedBases(JsonNode baseline, Map<String, JsonNode> scenarios, Map<String, JsonNode> snapshots) {
}
