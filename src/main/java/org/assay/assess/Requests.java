package org.assay.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.engine.Pack;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.MergePatch;
import org.assay.facts.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one door by which a request becomes facts: its base ({@code "facts"}, {@code "baseline": true},
 * a named {@code "scenario"}, a dated {@code "snapshot"} or a {@code "saved"} scenario), its {@code "changes"} and, when asked, its
 * evidence, read against the one pack version the caller holds. The endpoint's own members (levers, a
 * target, evidence) are kept in the request but are no part of its base. Every endpoint reads its
 * request here, so each names a fault by the same path.
 */
@ApplicationScoped
public class Requests {
    private static final String SAVED = "saved";
    private static final List<String> BASES = List.of("facts", "baseline", "scenario", "snapshot");

    @Inject
    SavedBases saved;

    /**
     * Reads a request as a user sent it, which may start from a saved scenario.
     *
     * @param own the endpoint's own members, which are not part of the base
     */
    public Request read(Pack pack, JsonNode asked, Question question, Set<String> own) {
        JsonNode body = withoutNullMembers(asked);
        if (body == null || !body.isObject() || !body.has(SAVED)) {
            return bind(pack, body, question, own);
        }
        SavedBases.Saved base = check(pack.id(), body);
        return bind(pack, question == Question.FACTS ? onSaved(base, body) : savedAsFacts(pack, base, body), question, own);
    }

    /**
     * The fact set to assess for a request that names no saved scenario and has no members of its own:
     * a pack's tests and scenarios, a saved scenario's own request, a logged input, a counterfactual's answer.
     */
    public static FactSet facts(Pack pack, JsonNode body) {
        return bind(pack, body, Question.FACTS, Set.of()).facts();
    }

    /** How large the saved scenario a request starts from is, in characters of JSON, or 0 when it names none. */
    public long savedSize(JsonNode body) {
        JsonNode id = body == null || !body.isObject() ? null : body.get(SAVED);
        return id != null && id.isTextual() ? saved.size(id.asText()) : 0;
    }

    private static Request bind(Pack pack, JsonNode body, Question question, Set<String> own) {
        JsonNode base = body;
        // Copied only when there is something to take out: a copy of every request's tree was a tenth of its garbage.
        if (body != null && body.isObject() && own.stream().anyMatch(body::has)) {
            ObjectNode copy = ((ObjectNode) body).deepCopy();
            copy.remove(own);
            base = copy;
        }
        FactRequest read = question == Question.BASE_AND_CHANGES
                ? FactRequest.readWithChanges(base, pack.bases(), pack.schema())
                : FactRequest.read(base, pack.bases(), pack.schema());
        return new Request(pack, body, read);
    }

    /**
     * The body with each member whose value is null left out: a client generated from the OpenAPI document sends null
     * for every optional member its caller did not set, and means what leaving it out means.
     */
    private static JsonNode withoutNullMembers(JsonNode body) {
        if (body == null || !body.isObject()) {
            return body;
        }
        List<String> nulls = body.properties().stream().filter(member -> member.getValue().isNull()).map(Map.Entry::getKey).toList();
        return nulls.isEmpty() ? body : ((ObjectNode) body).deepCopy().remove(nulls);
    }

    /** The saved scenario's own base, with the request's changes patched over the saved ones. */
    private static JsonNode onSaved(SavedBases.Saved base, JsonNode body) {
        ObjectNode expanded = withoutSaved(body);
        ObjectNode request = (ObjectNode) base.request();
        JsonNode savedChanges = request.remove("changes");
        expanded.setAll(request);
        JsonNode own = body.get("changes");
        if (savedChanges != null) {
            expanded.set("changes", own == null ? savedChanges : MergePatch.apply(savedChanges, own));
        }
        return expanded;
    }

    /** The saved scenario as a whole fact set, with the request's changes apart: a what-if's {@code before} is the scenario itself. */
    private static JsonNode savedAsFacts(Pack pack, SavedBases.Saved base, JsonNode body) {
        JsonNode request = base.request();
        JsonNode facts = request.has("facts") ? request.get("facts")
                : request.has("snapshot") ? pack.bases().snapshots().get(request.get("snapshot").asText()) : pack.baseline();
        if (request.has("scenario")) {
            facts = MergePatch.apply(facts, pack.scenarioChanges().getOrDefault(request.get("scenario").asText(),
                    JsonNodeFactory.instance.objectNode()));
        }
        if (request.has("changes")) {
            facts = MergePatch.apply(facts, request.get("changes"));
        }
        ObjectNode expanded = withoutSaved(body);
        expanded.set("facts", facts);
        return expanded;
    }

    private static ObjectNode withoutSaved(JsonNode body) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.remove(SAVED);
        return copy;
    }

    /** The saved scenario a body names, when it is this pack's and the body names no other base. */
    private SavedBases.Saved check(String packId, JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        JsonNode id = body.get(SAVED);
        SavedBases.Saved found = id.isTextual() ? saved.find(id.asText()).orElse(null) : null;
        if (found == null) {
            violations.add(new Violation(SAVED, "no saved scenario " + id + "; GET /api/v1/scenarios?pack=" + packId + " lists them"));
        } else if (!found.pack().equals(packId)) {
            violations.add(new Violation(SAVED, "saved scenario " + id + " is for pack \"" + found.pack() + "\", not \"" + packId + "\""));
        }
        BASES.stream().filter(body::has).forEach(member ->
                violations.add(new Violation(member, "give either \"saved\" or \"" + member + "\" as the base, not both")));
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The base is not a usable saved scenario", violations);
        }
        return found;
    }
}
