package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.engine.Pack;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;

import java.util.Set;

/**
 * The base fact set of a what-if request: the members an assessment request has (facts, baseline,
 * scenario, changes), read by the same code so every endpoint names faults the same way.
 */
final class BaseRequest {

    private BaseRequest() {
    }

    /** @param own the request's other members, which are not part of the base */
    static FactSet resolve(Pack pack, JsonNode body, Set<String> own) {
        JsonNode base = body;
        // Copied only when there is something to take out: a copy of every request's tree was a tenth of its garbage.
        if (body != null && body.isObject() && own.stream().anyMatch(body::has)) {
            ObjectNode copy = ((ObjectNode) body).deepCopy();
            copy.remove(own);
            base = copy;
        }
        return FactRequest.resolve(base, pack.baseline(), pack.schema(), pack.scenarioChanges());
    }
}
