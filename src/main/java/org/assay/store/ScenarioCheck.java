package org.assay.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.assess.Requests;
import org.assay.engine.Pack;
import org.assay.facts.FactBinder;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Checks that a scenario's base and changes bind against its pack's schema, the way an assessment
 * request would, and names each fault by where it is in the scenario ({@code base.scenario},
 * {@code changes.EuforMission.althea.troopsInCountry}), so that a saved scenario always assesses.
 */
final class ScenarioCheck {
    private ScenarioCheck() {
    }

    static void check(Pack pack, JsonNode base, JsonNode changes) {
        if (!base.has("facts") && !base.has("snapshot") && pack.baseline() == null) {
            String member = base.fieldNames().next();
            throw rejected(pack, List.of(new Violation("base." + member,
                    "pack \"" + pack.id() + "\" has no baseline.json; give the whole fact set as base.facts")));
        }
        if (base.has("facts")) {
            bind(pack, () -> new FactBinder(pack.schema()).bind(base.get("facts"), "base.facts"), UnaryOperator.identity());
            // The base binds, so a fault in the patched fact set comes from the changes.
            bind(pack, () -> Requests.facts(pack, SavedScenario.request(base, changes)), path -> "changes" + path.substring("facts".length()));
        } else {
            bind(pack, () -> Requests.facts(pack, SavedScenario.request(base, changes)), path -> path.startsWith("changes") ? path : "base." + path);
        }
    }

    private static void bind(Pack pack, Runnable binding, UnaryOperator<String> where) {
        try {
            binding.run();
        } catch (InvalidFactsException e) {
            throw rejected(pack, e.violations().stream().map(v -> new Violation(where.apply(v.path()), v.message())).toList());
        }
    }

    private static InvalidRequestException rejected(Pack pack, List<Violation> violations) {
        return new InvalidRequestException("The scenario does not fit pack \"" + pack.id() + "\": " + violations.size() + " fault(s)", violations);
    }
}
