package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.loading.RatingScale;
import org.assay.engine.loading.Ratings;
import org.assay.facts.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a counterfactual's {@code target}: the levels each rating must reach (the headline's as {@code verdictAtLeast}
 * or {@code verdictBetterThan}, any rating's under {@code ratingsAtLeast} or {@code ratingsBetterThan}) and the findings
 * and measures to be gone, which the base must have. Every fault is added by its path under {@code target}.
 */
final class TargetReader {
    private static final List<String> TARGET_MEMBERS = List.of("verdictAtLeast", "verdictBetterThan", "ratingsAtLeast",
            "ratingsBetterThan", "findingsGone", "measuresGone");

    private TargetReader() {
    }

    static Target read(Ratings ratings, JsonNode node, VariantOutcome base, List<Violation> violations) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            violations.add(new Violation("target", "expected an object with one or more of: " + String.join(", ", TARGET_MEMBERS)));
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!TARGET_MEMBERS.contains(name)) {
                violations.add(new Violation("target." + name, "unknown member; a target has " + String.join(", ", TARGET_MEMBERS)));
            }
        });
        Map<String, String> atLeast = new LinkedHashMap<>();
        String headline = ratings.headline().id();
        floor(ratings.headline(), node.get("verdictAtLeast"), "target.verdictAtLeast", false, atLeast, violations);
        floor(ratings.headline(), node.get("verdictBetterThan"), "target.verdictBetterThan", true, atLeast, violations);
        for (String member : List.of("ratingsAtLeast", "ratingsBetterThan")) {
            JsonNode floors = node.get(member);
            if (floors == null) {
                continue;
            }
            if (!floors.isObject() || floors.isEmpty()) {
                violations.add(new Violation("target." + member, "expected an object of rating ids and levels, e.g. {\"" + headline + "\": \""
                        + ratings.headline().levels().get(ratings.headline().levels().size() - 1) + "\"}; this pack rates " + ratings.ids()));
                continue;
            }
            floors.fields().forEachRemaining(entry -> {
                String where = "target." + member + "." + entry.getKey();
                ratings.scale(entry.getKey()).ifPresentOrElse(
                        scale -> floor(scale, entry.getValue(), where, member.endsWith("BetterThan"), atLeast, violations),
                        () -> violations.add(new Violation(where, "no such rating; this pack rates " + ratings.ids())));
            });
        }
        List<String> findings = ids(node.get("findingsGone"), "target.findingsGone", base.findings().keySet(), "raise", violations);
        List<String> measures = ids(node.get("measuresGone"), "target.measuresGone", base.measures().keySet(), "recommend", violations);
        return new Target(atLeast, findings, measures, ratings);
    }

    /** Raises a rating's floor in {@code atLeast} to a level, or to the level above it when the target asks for better. */
    private static void floor(RatingScale scale, JsonNode node, String where, boolean better, Map<String, String> atLeast,
                              List<Violation> violations) {
        if (node == null) {
            return;
        }
        if (!node.isTextual() || !scale.has(node.asText())) {
            violations.add(new Violation(where, "expected one of " + scale.levels() + " (rating \"" + scale.id() + "\"), got " + node));
            return;
        }
        String level = node.asText();
        if (better) {
            Optional<String> above = scale.above(level);
            if (above.isEmpty()) {
                violations.add(new Violation(where, "nothing is better than " + level + " on rating \"" + scale.id() + "\""));
                return;
            }
            level = above.get();
        }
        String kept = atLeast.get(scale.id());
        if (kept == null || scale.rank(level) > scale.rank(kept)) {
            atLeast.put(scale.id(), level);
        }
    }

    private static List<String> ids(JsonNode node, String where, Set<String> present, String verb, List<Violation> violations) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            violations.add(new Violation(where, "expected an array of ids"));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String id = node.get(i).asText();
            if (!present.contains(id)) {
                violations.add(new Violation(where + "[" + i + "]", "the base does not " + verb + " \"" + id + "\"; it does " + verb + ": "
                        + String.join(", ", present)));
            }
            ids.add(id);
        }
        return ids;
    }
}
