package org.assay.engine.evaluation;

import org.assay.engine.Pack;
import org.assay.engine.loading.RatingScale;
import org.assay.engine.loading.Ratings;
import org.assay.engine.loading.RuleInfo;

import org.assay.engine.outcome.Finding;
import org.assay.engine.outcome.Recommendation;
import org.assay.engine.outcome.Verdict;
import org.assay.facts.FactRef;
import org.assay.facts.FactSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what a session recorded into an assessment, attaching each outcome's rule, source and facts. */
final class Explainer {
    /** What {@link #ref} gives a fact the trace leaves out, so that the miss is remembered too. */
    private static final FactRef NONE = new FactRef("", "");
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
        RatingTally tally = new RatingTally(pack.ratings());
        for (FiringRecorder.Outcome outcome : recorder.outcomes()) {
            if (outcome.value() instanceof Finding finding) {
                findings.add(finding(finding, tally.ratingOf(finding, ruleOf(outcome.by())), outcome.by()));
            } else if (outcome.value() instanceof Recommendation recommendation) {
                reasonsByMeasure.computeIfAbsent(recommendation.getMeasure(), m -> new ArrayList<>())
                        .add(reason(recommendation, outcome.by()));
            } else {
                tally.count((Verdict) outcome.value(), ruleOf(outcome.by()));
                verdicts.add(outcome);
            }
        }
        findings.sort(Comparator.comparing(Assessment.AssessedFinding::kind).thenComparing(Assessment.AssessedFinding::severity));
        List<Assessment.AssessedRecommendation> recommendations = new ArrayList<>();
        reasonsByMeasure.forEach((measure, reasons) -> recommendations.add(merge(measure, reasons)));
        recommendations.sort(Comparator.comparing(Assessment.AssessedRecommendation::priority));
        Map<String, Assessment.Rated> ratings = rated(tally, verdicts);
        Assessment.Rated headline = ratings.values().iterator().next();
        return new Assessment(null, pack.id(), pack.version(), headline.level(), headline.reasons(), ratings, findings, recommendations,
                trace(recorder), timing, null, sources(findings));
    }

    /**
     * The reference of every source key the findings cite, once each: findings of one answer cite the same few sources
     * over and over, and repeating each reference in every finding made most of an answer's bytes.
     */
    private Map<String, String> sources(List<Assessment.AssessedFinding> findings) {
        Map<String, String> references = pack.manifest().sources();
        Map<String, String> cited = new LinkedHashMap<>();
        for (Assessment.AssessedFinding finding : findings) {
            for (String key : finding.citations()) {
                cited.computeIfAbsent(key, references::get);
            }
        }
        return Collections.unmodifiableMap(cited);
    }

    /** Each rating's level of the rules that reached that level on it. */
    private Map<String, Assessment.Rated> rated(RatingTally tally, List<FiringRecorder.Outcome> verdicts) {
        Map<String, String> levels = tally.levels();
        Map<String, List<Assessment.VerdictReason>> reasons = new LinkedHashMap<>();
        levels.keySet().forEach(id -> reasons.put(id, new ArrayList<>()));
        String headline = levels.keySet().iterator().next();
        for (FiringRecorder.Outcome outcome : verdicts) {
            Verdict verdict = (Verdict) outcome.value();
            if (tally.decides(verdict, levels)) {
                reasons.get(verdict.getRating() == null ? headline : verdict.getRating())
                        .add(new Assessment.VerdictReason(ruleOf(outcome.by()), verdict.getReason()));
            }
        }
        Map<String, Assessment.Rated> ratings = new LinkedHashMap<>();
        Ratings declared = pack.ratings();
        levels.forEach((id, level) -> ratings.put(id, new Assessment.Rated(declared.scale(id).map(RatingScale::title).orElse(id), level,
                List.copyOf(reasons.get(id)))));
        return Collections.unmodifiableMap(ratings);
    }

    private Assessment.AssessedFinding finding(Finding finding, String rating, FiringRecorder.Fired by) {
        RuleInfo rule = ruleInfo(by);
        List<Assessment.MatchedFact> facts = new ArrayList<>(by == null ? 0 : by.matched().size());
        if (by != null) {
            for (Object fact : by.matched()) {
                if (fact instanceof Collection<?> collected) {
                    // What an accumulate collected (collectList of input facts) is what the rule rests on, one fact each.
                    for (Object element : collected) {
                        Assessment.MatchedFact matched = matched(element);
                        if (matched != null && !facts.contains(matched)) {
                            facts.add(matched);
                        }
                    }
                } else {
                    Assessment.MatchedFact matched = matched(fact);
                    if (matched != null) {
                        facts.add(matched);
                    }
                }
            }
        }
        return new Assessment.AssessedFinding(finding.getId(), finding.getKind(), finding.getSeverity(), rating,
                rule == null ? null : rule.dimension(), finding.getMessage(), ruleOf(by),
                rule == null ? null : rule.source(), rule == null ? List.of() : rule.citations(), Collections.unmodifiableList(facts));
    }

    private Assessment.Reason reason(Recommendation recommendation, FiringRecorder.Fired by) {
        RuleInfo rule = ruleInfo(by);
        List<String> findings = new ArrayList<>();
        if (by != null) {
            for (Object fact : by.matched()) {
                if (fact instanceof Finding finding) {
                    findings.add(finding.getId());
                } else if (fact instanceof Collection<?> collected) {
                    collected.stream().filter(Finding.class::isInstance).map(f -> ((Finding) f).getId())
                            .filter(id -> !findings.contains(id)).forEach(findings::add);
                }
            }
        }
        return new Assessment.Reason(ruleOf(by), recommendation.getPriority(), recommendation.getRationale(), Collections.unmodifiableList(findings),
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
            return new Assessment.MatchedFact(FactRef.FINDING, finding.getId(), null);
        }
        FactSet.Instance instance = inputs.get(fact);
        return instance == null ? null : new Assessment.MatchedFact(instance.type(), instance.id(), instance.values());
    }

    // Loops rather than streams, and each fact's reference built once: a trace has a firing per rule
    // fired, and with streams it cost as much as a quarter of evaluating the rules.
    private List<Assessment.Firing> trace(FiringRecorder recorder) {
        Map<Object, FactRef> refs = new IdentityHashMap<>(inputs.size() + recorder.outcomes().size());
        List<Assessment.Firing> trace = new ArrayList<>(recorder.firings().size());
        for (FiringRecorder.Fired fired : recorder.firings()) {
            List<Object> matched = fired.matched();
            List<FactRef> facts = new ArrayList<>(matched.size());
            for (int i = 0; i < matched.size(); i++) {
                Object fact = matched.get(i);
                if (fact instanceof Collection<?> collected) {
                    for (Object element : collected) {
                        FactRef ref = refs.computeIfAbsent(element, this::ref);
                        if (ref != NONE && !facts.contains(ref)) {
                            facts.add(ref);
                        }
                    }
                    continue;
                }
                FactRef ref = refs.computeIfAbsent(fact, this::ref);
                if (ref != NONE) {
                    facts.add(ref);
                }
            }
            trace.add(new Assessment.Firing(fired.rule(), Collections.unmodifiableList(facts)));
        }
        return Collections.unmodifiableList(trace);
    }

    /** A fact's reference in the trace, or {@link #NONE} for a fact that is neither input nor finding. */
    private FactRef ref(Object fact) {
        if (fact instanceof Finding finding) {
            return FactRef.finding(finding.getId());
        }
        FactSet.Instance instance = inputs.get(fact);
        return instance == null ? NONE : FactRef.of(instance);
    }

    private RuleInfo ruleInfo(FiringRecorder.Fired by) {
        return by == null ? null : pack.rules().get(by.rule());
    }

    private static String ruleOf(FiringRecorder.Fired by) {
        return by == null ? null : by.rule();
    }
}
