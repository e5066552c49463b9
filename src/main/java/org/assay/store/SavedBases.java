package org.assay.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.assay.engine.Pack;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.MergePatch;
import org.assay.facts.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets a request start from a saved scenario: {@code {"saved": "<id>", "changes": {...}}} becomes the
 * saved scenario's own base, with the request's changes patched over the saved ones. Assessments,
 * what-ifs, sweeps and counterfactuals all read their base through this, then as usual.
 */
@ApplicationScoped
public class SavedBases {
    private static final List<String> BASES = List.of("facts", "baseline", "scenario");

    @Inject
    ScenarioStore store;

    /** How large the saved scenario a request starts from is, in characters of JSON, or 0 when it names none. */
    public long size(JsonNode body) {
        JsonNode id = body == null || !body.isObject() ? null : body.get("saved");
        return id != null && id.isTextual() ? store.size(id.asText()) : 0;
    }

    public JsonNode expand(String packId, JsonNode body) {
        if (body == null || !body.isObject() || !body.has("saved")) {
            return body;
        }
        SavedScenario saved = check(packId, body);
        ObjectNode expanded = ((ObjectNode) body).deepCopy();
        expanded.remove("saved");
        ObjectNode request = (ObjectNode) saved.request();
        JsonNode savedChanges = request.remove("changes");
        expanded.setAll(request);
        JsonNode own = body.get("changes");
        if (savedChanges != null) {
            expanded.set("changes", own == null ? savedChanges : MergePatch.apply(savedChanges, own));
        }
        return expanded;
    }

    /**
     * Like {@link #expand}, but the saved scenario becomes a whole fact set with the request's changes
     * apart, for a what-if, whose {@code before} is the saved scenario itself.
     */
    public JsonNode expandToFacts(Pack pack, JsonNode body) {
        if (body == null || !body.isObject() || !body.has("saved")) {
            return body;
        }
        SavedScenario saved = check(pack.id(), body);
        JsonNode request = saved.request();
        JsonNode facts = request.has("facts") ? request.get("facts") : pack.baseline();
        if (request.has("scenario")) {
            facts = MergePatch.apply(facts, pack.scenarioChanges().getOrDefault(request.get("scenario").asText(),
                    JsonNodeFactory.instance.objectNode()));
        }
        if (request.has("changes")) {
            facts = MergePatch.apply(facts, request.get("changes"));
        }
        ObjectNode expanded = ((ObjectNode) body).deepCopy();
        expanded.remove("saved");
        expanded.set("facts", facts);
        return expanded;
    }

    private SavedScenario check(String packId, JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        JsonNode id = body.get("saved");
        SavedScenario saved = id.isTextual() ? store.find(id.asText()).orElse(null) : null;
        if (saved == null) {
            violations.add(new Violation("saved", "no saved scenario " + id + "; GET /api/v1/scenarios?pack=" + packId + " lists them"));
        } else if (!saved.pack().equals(packId)) {
            violations.add(new Violation("saved", "saved scenario " + id + " is for pack \"" + saved.pack() + "\", not \"" + packId + "\""));
        }
        BASES.stream().filter(body::has).forEach(member ->
                violations.add(new Violation(member, "give either \"saved\" or \"" + member + "\" as the base, not both")));
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The base is not a usable saved scenario", violations);
        }
        return saved;
    }
}
