package org.assay.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.facts.FactRef;

import java.util.Map;

/**
 * What changes do to evidence: a changed value no longer has the evidence its old value had, and a removed or
 * replaced instance loses all of its own. Scenarios, snapshots and requests' changes all come through here.
 */
public final class EvidenceOverlay {
    private EvidenceOverlay() {
    }

    /** Drops from {@code evidence} (by {@code Type.id.field}) what {@code changes}, a merge patch, replaces. */
    public static void forget(Map<String, PackManifest.Evidence> evidence, JsonNode changes) {
        if (changes == null || !changes.isObject()) {
            return;
        }
        changes.fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(instance -> {
            FactRef fact = new FactRef(type.getKey(), instance.getKey());
            String prefix = fact + ".";
            if (instance.getValue().isObject()) {
                instance.getValue().fieldNames().forEachRemaining(field -> evidence.remove(fact.field(field).toString()));
            } else {
                evidence.keySet().removeIf(path -> path.startsWith(prefix));
            }
        }));
    }
}
