package org.assay.engine.evaluation;

import org.assay.facts.FactRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the outcomes of one assessment rest on, walked back the one way every explanation uses (the
 * what-if diff's causes, the CLI's {@code explain}): a finding rests on the rule that raised it and the
 * facts that rule matched, each matched finding on its own grounds in turn, down to the input facts; a
 * measure on each rule that recommends it, the input facts that rule matched and the findings that call for it.
 * Each finding is walked once per walk; meeting it again says so instead.
 */
public final class Grounds {

    /** One step of a walk. */
    public sealed interface Ground {
    }

    /** An input fact a rule matched, with its values. */
    public record Input(Assessment.MatchedFact fact) implements Ground {
    }

    /** A finding as one rule raised it, and what that rule matched, in order. */
    public record Raised(Assessment.AssessedFinding finding, List<Ground> matched) implements Ground {
    }

    /** A finding walked earlier on the same walk. */
    public record Again(String id) implements Ground {
    }

    /** A finding a rule matched that no longer stands at the end of the evaluation. */
    public record Gone(String id) implements Ground {
    }

    /**
     * One rule's reason for a measure.
     *
     * @param inputs the input facts the rule matched besides findings
     * @param findings the findings that call for the measure, each walked
     */
    public record Because(Assessment.Reason reason, List<FactRef> inputs, List<Ground> findings) {
    }

    private final Map<String, List<Assessment.AssessedFinding>> findings;
    private final Map<String, Assessment.AssessedRecommendation> measures = new LinkedHashMap<>();
    private final Map<String, List<Assessment.Firing>> firings;

    public Grounds(Assessment assessment) {
        findings = assessment.findings().stream().collect(Collectors.groupingBy(Assessment.AssessedFinding::id));
        assessment.recommendations().forEach(r -> measures.put(r.measure(), r));
        firings = assessment.trace().stream().collect(Collectors.groupingBy(Assessment.Firing::rule));
    }

    /** Each raising of the finding with what it rests on; {@link Gone} when the assessment does not raise it. */
    public List<Ground> ofFinding(String id) {
        return finding(id, new HashSet<>());
    }

    /**
     * The reasons of a recommended measure, with what each rests on. A reason does not list the input facts its
     * rule matched (a rule may match an {@code EuforMission} to word its rationale), so those come from the firings
     * of that rule that matched the same findings.
     */
    public List<Because> ofMeasure(String measure) {
        Set<String> seen = new HashSet<>();
        List<Because> reasons = new ArrayList<>();
        for (Assessment.Reason reason : measures.get(measure).reasons()) {
            Set<FactRef> called = reason.findings().stream().map(FactRef::finding).collect(Collectors.toSet());
            Set<FactRef> inputs = new LinkedHashSet<>();
            for (Assessment.Firing firing : firings.getOrDefault(reason.rule(), List.of())) {
                if (called.equals(firing.facts().stream().filter(FactRef::namesFinding).collect(Collectors.toSet()))) {
                    firing.facts().stream().filter(ref -> !ref.namesFinding()).forEach(inputs::add);
                }
            }
            List<Ground> walked = new ArrayList<>();
            reason.findings().forEach(id -> walked.addAll(finding(id, seen)));
            reasons.add(new Because(reason, List.copyOf(inputs), walked));
        }
        return reasons;
    }

    private List<Ground> finding(String id, Set<String> seen) {
        List<Assessment.AssessedFinding> raised = findings.getOrDefault(id, List.of());
        if (raised.isEmpty()) {
            return List.of(new Gone(id));
        }
        if (!seen.add(id)) {
            return List.of(new Again(id));
        }
        List<Ground> walked = new ArrayList<>();
        for (Assessment.AssessedFinding finding : raised) {
            List<Ground> matched = new ArrayList<>();
            for (Assessment.MatchedFact fact : finding.facts()) {
                if (fact.ref().namesFinding()) {
                    matched.addAll(finding(fact.id(), seen));
                } else {
                    matched.add(new Input(fact));
                }
            }
            walked.add(new Raised(finding, matched));
        }
        return walked;
    }
}
