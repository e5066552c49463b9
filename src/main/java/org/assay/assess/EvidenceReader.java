package org.assay.assess;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.engine.loading.Confidence;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.loading.EvidenceDates;
import org.assay.engine.loading.EvidenceOverlay;
import org.assay.engine.loading.Scenario;
import org.assay.engine.loading.Snapshot;
import org.assay.facts.FieldPath;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out where each value of a request's fact set comes from. The baseline's values carry the
 * evidence {@code pack.yaml} gives; a scenario's changed values carry the scenario's own evidence
 * or none; a value the request changes carries none (it is the analyst's hypothesis) unless the
 * request's {@code evidence} member gives it, as {@code {"Type.id.field": {"source", "confidence", "note", "asOf"}}}.
 * A snapshot's values carry the snapshot's evidence.
 */
final class EvidenceReader {
    private static final Set<String> MEMBERS = Set.of("source", "confidence", "note", "asOf");

    private EvidenceReader() {
    }

    static Map<String, PackManifest.Evidence> read(Pack pack, JsonNode body) {
        Map<String, PackManifest.Evidence> evidence = new HashMap<>();
        boolean onBaseline = body.path("baseline").asBoolean(false) || body.has("scenario");
        if (onBaseline) {
            evidence.putAll(pack.manifest().evidence());
        }
        Scenario scenario = body.has("scenario") ? pack.scenarios().get(body.get("scenario").asText()) : null;
        if (scenario != null) {
            EvidenceOverlay.forget(evidence, scenario.changes());
            evidence.putAll(scenario.evidence());
        }
        Snapshot snapshot = body.has("snapshot") ? pack.snapshots().get(body.get("snapshot").asText()) : null;
        if (snapshot != null) {
            evidence.putAll(snapshot.evidence());
        }
        EvidenceOverlay.forget(evidence, body.get("changes"));
        evidence.putAll(given(pack, body.get("evidence")));
        return evidence;
    }

    private static Map<String, PackManifest.Evidence> given(Pack pack, JsonNode node) {
        Map<String, PackManifest.Evidence> given = new HashMap<>();
        if (node == null) {
            return given;
        }
        List<Violation> violations = new ArrayList<>();
        if (!node.isObject()) {
            violations.add(new Violation("evidence", "expected an object of field paths, each {\"source\", \"confidence\", \"note\"}"));
        } else {
            node.fields().forEachRemaining(entry -> {
                String where = "evidence." + entry.getKey();
                FieldPath.parse(entry.getKey(), pack.schema(), where, violations);
                JsonNode said = entry.getValue();
                if (!said.isObject()) {
                    violations.add(new Violation(where, "expected {\"source\", \"confidence\", \"note\"}"));
                    return;
                }
                said.fieldNames().forEachRemaining(name -> {
                    if (!MEMBERS.contains(name)) {
                        violations.add(new Violation(where + "." + name, "unknown member; evidence has source, confidence, note and asOf"));
                    }
                });
                Confidence confidence = confidence(said.get("confidence"), where + ".confidence", violations);
                String asOf = text(said.get("asOf"));
                if (asOf != null && !EvidenceDates.valid(asOf)) {
                    violations.add(new Violation(where + ".asOf", "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got \"" + asOf + "\""));
                }
                given.put(entry.getKey(), new PackManifest.Evidence(text(said.get("source")), confidence, text(said.get("note")), asOf));
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The evidence has " + violations.size() + " fault(s)", violations);
        }
        return given;
    }

    private static Confidence confidence(JsonNode node, String where, List<Violation> violations) {
        try {
            return node == null ? null : Confidence.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(where, "expected HIGH, MEDIUM or LOW, got " + node));
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
