package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.assay.AssayConfig;
import org.assay.Defaults;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.evaluation.VariantSession;
import org.assay.engine.outcome.FindingKind;
import org.assay.facts.FactSet;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.assay.work.LimitExceededException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a counterfactual request: the base, the target, which declared levers may move
 * (all by default), and the search bounds. Every fault is reported at once, by its place in the body.
 */
final class CounterfactualRequest {
    static final Set<String> OWN_MEMBERS = Set.of("target", "levers", "maxChanges", "maxAssessments", "solutions", "exhaustive",
            "horizonMonths");
    private static final int MAX_HORIZON_MONTHS = 1200;

    final List<PackManifest.Lever> levers = new ArrayList<>();
    /** Declared levers left out because the base has no instance for them to change. */
    final List<String> absent = new ArrayList<>();
    /** Declared levers left out because they cannot move within the horizon asked for. */
    final List<PackManifest.Lever> infeasible = new ArrayList<>();
    Target target;
    Integer horizonMonths;
    int maxChanges;
    int maxAssessments;
    int solutions;
    boolean exhaustive;

    static CounterfactualRequest read(Pack pack, FactSet base, VariantSession session, JsonNode body,
                                      AssayConfig.Counterfactuals limits) {
        CounterfactualRequest request = new CounterfactualRequest();
        List<Violation> violations = new ArrayList<>();
        request.target = TargetReader.read(pack.ratings(), body.get("target"), session.baseOutcome(), violations);
        if (request.target != null) {
            targetKinds(pack, request.target.findingsGone(), session.baseKinds(), violations);
        }
        request.maxChanges = bounded(body, "maxChanges", limits.maxChanges(), limits.maxChanges(), "max-changes", violations);
        request.maxAssessments = bounded(body, "maxAssessments", limits.maxAssessments(), limits.maxAssessments(), "max-assessments", violations);
        request.solutions = bounded(body, "solutions", Defaults.SOLUTIONS, limits.maxSolutions(), "max-solutions", violations);
        JsonNode exhaustive = body.get("exhaustive");
        if (exhaustive != null && !exhaustive.isBoolean()) {
            violations.add(new Violation("exhaustive", "expected true or false"));
        }
        request.exhaustive = exhaustive != null && exhaustive.asBoolean();
        JsonNode horizon = body.get("horizonMonths");
        if (horizon != null && (!horizon.isIntegralNumber() || horizon.longValue() < 1 || horizon.longValue() > MAX_HORIZON_MONTHS)) {
            violations.add(new Violation("horizonMonths", "expected a whole number of months from 1 to " + MAX_HORIZON_MONTHS + ", got " + horizon));
        } else if (horizon != null) {
            request.horizonMonths = horizon.intValue();
        }
        request.readLevers(pack, base, body.get("levers"), violations);
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The counterfactual request has " + violations.size() + " fault(s)", violations);
        }
        return request;
    }

    private void readLevers(Pack pack, FactSet base, JsonNode paths, List<Violation> violations) {
        List<PackManifest.Lever> declared = pack.manifest().levers();
        LeverReader reader = new LeverReader(pack, base);
        if (paths == null) {
            for (PackManifest.Lever lever : declared) {
                if (!lever.feasibleWithin(horizonMonths)) {
                    infeasible.add(lever);
                } else if (reader.path(TextNode.valueOf(lever.path()), "levers", new ArrayList<>()) != null) {
                    levers.add(lever);
                } else {
                    absent.add(lever.path());
                }
            }
            if (declared.isEmpty()) {
                violations.add(new Violation("levers", "pack \"" + pack.id() + "\" declares no levers in pack.yaml, so there is nothing to change"));
            }
        } else if (!paths.isArray() || paths.isEmpty()) {
            violations.add(new Violation("levers", "expected a non-empty array of lever paths declared in pack.yaml; leave it out to move them all"));
        } else {
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i).asText();
                String where = "levers[" + i + "]";
                PackManifest.Lever lever = declared.stream().filter(l -> l.path().equals(path)).findFirst().orElse(null);
                if (lever == null) {
                    violations.add(new Violation(where, "\"" + path + "\" is not a lever declared in pack.yaml; its levers: "
                            + String.join(", ", declared.stream().map(PackManifest.Lever::path).toList())));
                } else if (levers.contains(lever)) {
                    violations.add(new Violation(where, "\"" + path + "\" is already listed"));
                } else if (!lever.feasibleWithin(horizonMonths)) {
                    violations.add(new Violation(where, "\"" + path + "\" cannot move within " + horizonMonths + " months: pack.yaml marks it"
                            + " infeasible within " + lever.infeasibleWithinMonths() + (lever.note() == null ? "" : " (" + lever.note() + ")")));
                } else if (reader.path(TextNode.valueOf(path), where, violations) != null) {
                    levers.add(lever);
                }
            }
        }
    }

    /** A target names only findings of the kinds the pack lets it name (a strength is not something to be rid of). */
    private static void targetKinds(Pack pack, List<String> findings, Map<String, FindingKind> kinds, List<Violation> violations) {
        List<FindingKind> allowed = pack.manifest().analysis().targetKinds();
        for (int i = 0; i < findings.size(); i++) {
            FindingKind kind = kinds.get(findings.get(i));
            if (kind != null && !allowed.contains(kind)) {
                violations.add(new Violation("target.findingsGone[" + i + "]", "\"" + findings.get(i) + "\" is a " + kind + "; pack \""
                        + pack.id() + "\" lets a target name findings of kinds " + allowed + " (analysis.targetKinds in pack.yaml)"));
            }
        }
    }

    /** A whole number from 1 up; more than the configured bound is refused as exceeding it (422), not as malformed. */
    private static int bounded(JsonNode body, String name, int fallback, int max, String bound, List<Violation> violations) {
        JsonNode node = body.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isIntegralNumber() || node.longValue() < 1) {
            violations.add(new Violation(name, "expected a whole number from 1 to " + max + ", got " + node));
            return fallback;
        }
        if (!node.canConvertToInt() || node.intValue() > max) {
            String property = "assay.counterfactuals." + bound;
            throw new LimitExceededException(name, property, "counterfactual search asks for " + name + " " + node.asText() + "; "
                    + property + " is " + max);
        }
        return node.intValue();
    }
}
