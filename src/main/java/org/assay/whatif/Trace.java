package org.assay.whatif;

import org.assay.engine.Assessment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows one assessment's explanation back from a finding or a measure: to the rules that
 * raised or recommended it, the findings those rules matched, and on to the input facts.
 */
final class Trace {
    private static final String FINDING_REF = Assessment.FINDING_TYPE + ".";

    /**
     * What an outcome rests on.
     *
     * @param facts the input facts the rules on the way matched, as {@code Type.id}
     * @param rules the rules on the way
     */
    record Chain(Set<String> facts, Set<String> rules) {
    }

    private final Map<String, List<Assessment.AssessedFinding>> findings;
    private final Map<String, Assessment.AssessedRecommendation> measures = new LinkedHashMap<>();
    private final Map<String, List<Assessment.Firing>> firings;

    Trace(Assessment assessment) {
        findings = assessment.findings().stream().collect(Collectors.groupingBy(Assessment.AssessedFinding::id));
        assessment.recommendations().forEach(r -> measures.put(r.measure(), r));
        firings = assessment.trace().stream().collect(Collectors.groupingBy(Assessment.Firing::rule));
    }

    Chain ofFinding(String id) {
        Chain chain = new Chain(new LinkedHashSet<>(), new LinkedHashSet<>());
        addFinding(id, chain, new HashSet<>());
        return chain;
    }

    /**
     * A measure's recommendation does not list the input facts its rules matched (a rule may
     * match an {@code EuforMission} to word its rationale), so those come from the firings of
     * each recommending rule that matched the same findings.
     */
    Chain ofMeasure(String measure) {
        Chain chain = new Chain(new LinkedHashSet<>(), new LinkedHashSet<>());
        Set<String> seen = new HashSet<>();
        for (Assessment.Reason reason : measures.get(measure).reasons()) {
            chain.rules().add(reason.rule());
            Set<String> called = reason.findings().stream().map(id -> FINDING_REF + id).collect(Collectors.toSet());
            for (Assessment.Firing firing : firings.getOrDefault(reason.rule(), List.of())) {
                if (called.equals(firing.facts().stream().filter(Trace::isFinding).collect(Collectors.toSet()))) {
                    firing.facts().stream().filter(ref -> !isFinding(ref)).forEach(chain.facts()::add);
                }
            }
            reason.findings().forEach(id -> addFinding(id, chain, seen));
        }
        return chain;
    }

    private void addFinding(String id, Chain chain, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        for (Assessment.AssessedFinding finding : findings.getOrDefault(id, List.of())) {
            chain.rules().add(finding.rule());
            for (Assessment.MatchedFact fact : finding.facts()) {
                if (Assessment.FINDING_TYPE.equals(fact.type())) {
                    addFinding(fact.id(), chain, seen);
                } else {
                    chain.facts().add(fact.type() + "." + fact.id());
                }
            }
        }
    }

    private static boolean isFinding(String ref) {
        return ref.startsWith(FINDING_REF);
    }
}
