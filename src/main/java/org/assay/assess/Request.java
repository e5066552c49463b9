package org.assay.assess;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;

import java.util.Map;

/**
 * A request read by {@link Requests} against one pack version: its base and changes, bound on
 * demand, and its body (a saved scenario it named, expanded) for the members only its endpoint reads.
 */
public final class Request {
    private final Pack pack;
    private final JsonNode body;
    private final FactRequest read;
    private FactSet facts;

    Request(Pack pack, JsonNode body, FactRequest read) {
        this.pack = pack;
        this.body = body;
        this.read = read;
    }

    /** The pack version the request was read against, and that must assess it. */
    public Pack pack() {
        return pack;
    }

    /** The base with the changes applied: the fact set to assess. Faults are reported under the member that holds them. */
    public FactSet facts() {
        if (facts == null) {
            facts = read.facts();
        }
        return facts;
    }

    /** The base alone, as a what-if's {@code before}. */
    public FactSet base() {
        return read.base();
    }

    /** One of the endpoint's own members, or null when the request has none. */
    public JsonNode member(String name) {
        return body.get(name);
    }

    /** The body as read, a saved scenario expanded into its base and changes. */
    public JsonNode body() {
        return body;
    }

    /** Where each value of the fact set comes from, by path {@code Type.id.field}; see {@link EvidenceReader}. */
    public Map<String, PackManifest.Evidence> evidence() {
        return EvidenceReader.read(pack, body);
    }
}
