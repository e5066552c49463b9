package org.assay.engine;

import org.assay.engine.outcome.Finding;
import org.assay.engine.outcome.Recommendation;
import org.assay.engine.outcome.Verdict;
import org.assay.engine.outcome.VerdictLevel;
import org.assay.facts.FactSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what a session recorded into an assessment, attaching each outcome's rule, source and facts. */
final class Explainer {
    private final Pack pack;
    private final Map<Object, FactSet.Instance> inputs;

    Explainer(Pack pack, Map<Object, FactSet.Instance> inputs) {
        this.pack = pack;
        this.inputs = inputs;
    }

    Assessment explain(FiringRecorder recorder, Assessment.Timing timing) {
        List<Assessment.AssessedFinding> findings = new ArrayList<>();
        Map<String, List<Assessment.Reason>> reasonsByMeasure = new LinkedHashMap<>();
        List<FiringRecorder.Outcome> verdicts = new ArrayList<>();
        for (FiringRecorder.Outcome outcome : recorder.outcomes()) {
            if (outcome.value() instanceof Finding finding) {
                findings.add(finding(finding, outcome.by()));
            } else if (outcome.value() instanceof Recommendation recommendation) {
                reasonsByMeasure.computeIfAbsent(recommendation.getMeasure(), m -> new ArrayList<>())
                        .add(reason(recommendation, outcome.by()));
            } else {
                verdicts.add(outcome);
            }
        }
        findings.sort(Comparator.comparing(Assessment.AssessedFinding::kind).thenComparing(Assessment.AssessedFinding::severity));
        List<Assessment.AssessedRecommendation> recommendations = new ArrayList<>();
        reasonsByMeasure.forEach((measure, reasons) -> recommendations.add(merge(measure, reasons)));
        recommendations.sort(Comparator.comparing(Assessment.AssessedRecommendation::priority));
        VerdictLevel level = worst(verdicts);
        List<Assessment.VerdictReason> verdictReasons = verdicts.stream()
                .filter(o -> ((Verdict) o.value()).getLevel() == level)
                .map(o -> new Assessment.VerdictReason(ruleOf(o.by()), ((Verdict) o.value()).getReason()))
                .toList();
        List<Assessment.Firing> trace = recorder.firings().stream()
                .map(f -> new Assessment.Firing(f.rule(), f.matched().stream().map(this::ref).filter(r -> r != null).toList()))
                .toList();
        return new Assessment(pack.id(), pack.version(), level, verdictReasons, findings, recommendations, trace, timing, null);
    }

    private VerdictLevel worst(List<FiringRecorder.Outcome> verdicts) {
        if (verdicts.isEmpty()) {
            throw new EvaluationException("no-verdict", "the pack's rules reached no verdict for these facts; "
                    + "a pack needs a verdict rule that fires for every fact set", List.of());
        }
        return verdicts.stream().map(o -> ((Verdict) o.value()).getLevel()).min(Comparator.naturalOrder()).orElseThrow();
    }

    private Assessment.AssessedFinding finding(Finding finding, FiringRecorder.Fired by) {
        RuleInfo rule = ruleInfo(by);
        List<Assessment.MatchedFact> facts = by == null ? List.of() : by.matched().stream()
                .map(this::matched).filter(m -> m != null).toList();
        return new Assessment.AssessedFinding(finding.getId(), finding.getKind(), finding.getSeverity(),
                rule == null ? null : rule.dimension(), finding.getMessage(), ruleOf(by),
                rule == null ? null : rule.source(), rule == null ? null : rule.citation(), facts);
    }

    private Assessment.Reason reason(Recommendation recommendation, FiringRecorder.Fired by) {
        RuleInfo rule = ruleInfo(by);
        List<String> findings = by == null ? List.of() : by.matched().stream()
                .filter(Finding.class::isInstance).map(f -> ((Finding) f).getId()).toList();
        return new Assessment.Reason(ruleOf(by), recommendation.getPriority(), recommendation.getRationale(), findings,
                rule == null ? null : rule.source());
    }

    private static Assessment.AssessedRecommendation merge(String measure, List<Assessment.Reason> reasons) {
        reasons.sort(Comparator.comparing(Assessment.Reason::priority));
        Set<String> findings = new LinkedHashSet<>();
        Set<String> rationales = new LinkedHashSet<>();
        for (Assessment.Reason reason : reasons) {
            findings.addAll(reason.findings());
            rationales.add(reason.rationale());
        }
        return new Assessment.AssessedRecommendation(measure, reasons.get(0).priority(), String.join(" ", rationales),
                List.copyOf(findings), List.copyOf(reasons));
    }

    private Assessment.MatchedFact matched(Object fact) {
        if (fact instanceof Finding finding) {
            return new Assessment.MatchedFact(Assessment.FINDING_TYPE, finding.getId(), null);
        }
        FactSet.Instance instance = inputs.get(fact);
        return instance == null ? null : new Assessment.MatchedFact(instance.type(), instance.id(), instance.values());
    }

    private String ref(Object fact) {
        Assessment.MatchedFact m = matched(fact);
        return m == null ? null : m.type() + "." + m.id();
    }

    private RuleInfo ruleInfo(FiringRecorder.Fired by) {
        return by == null ? null : pack.rules().get(by.rule());
    }

    private static String ruleOf(FiringRecorder.Fired by) {
        return by == null ? null : by.rule();
    }
}
