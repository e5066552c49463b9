package org.assay.whatif;

import org.assay.engine.evaluation.Assessment;
import org.assay.engine.loading.FactPattern;
import org.assay.engine.loading.RuleInfo;
import org.assay.facts.FactSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two assessments of one pack and traces each difference to the changed facts behind it.
 * An added item is traced in the assessment after the change, a removed one in the assessment
 * before it, a changed one in both. A rule's match names the facts it used; where a rule also
 * tests facts through {@code not}, {@code exists} or {@code accumulate}, the changed facts that could
 * satisfy such a pattern before or after the change are listed too, marked as found through the
 * condition rather than the match. A pattern over findings so inherits the causes of the findings
 * that differ and could satisfy it: {@code not Finding(kind == FindingKind.BLOCKER)} those of blockers only.
 */
public final class AssessmentDiff {
    private final Map<String, RuleInfo> rules;
    private final ChangedFacts changed;
    private final Trace before;
    private final Trace after;
    /** Every finding that differs, with its direct causes: what a rule that tests for findings may have reacted to. */
    private final List<Differing> differing = new ArrayList<>();

    /** A finding as it was and as it is (null where absent), and the changed facts its own chains lead to. */
    private record Differing(Assessment.AssessedFinding before, Assessment.AssessedFinding after, Set<String> causes) {
    }

    private AssessmentDiff(Map<String, RuleInfo> rules, ChangedFacts changed, Trace before, Trace after) {
        this.rules = rules;
        this.changed = changed;
        this.before = before;
        this.after = after;
    }

    /**
     * @param rules the pack's rules by name, for the patterns each tests without matching them
     */
    public static Diff of(Assessment before, FactSet beforeFacts, Assessment after, FactSet afterFacts, Map<String, RuleInfo> rules) {
        AssessmentDiff diff = new AssessmentDiff(rules, new ChangedFacts(beforeFacts, afterFacts), new Trace(before), new Trace(after));
        return diff.compare(before, after);
    }

    private Diff compare(Assessment was, Assessment is) {
        // Findings first: tracing a measure whose rule tests for findings needs every finding that differs.
        Diff.Changes<Diff.FindingDelta, Diff.FindingChange> findings = findings(was, is);
        Map<String, Diff.VerdictChange> ratings = new LinkedHashMap<>();
        is.levels().forEach((rating, level) -> {
            String before = was.levels().get(rating);
            ratings.put(rating, new Diff.VerdictChange(before, level, !level.equals(before)));
        });
        return new Diff(new Diff.VerdictChange(was.verdict(), is.verdict(), !was.verdict().equals(is.verdict())), ratings,
                findings, measures(was, is), changed.all());
    }

    private Diff.Changes<Diff.FindingDelta, Diff.FindingChange> findings(Assessment was, Assessment is) {
        Map<String, Assessment.AssessedFinding> old = byKey(was.findings(), Assessment.AssessedFinding::id);
        Map<String, Assessment.AssessedFinding> now = byKey(is.findings(), Assessment.AssessedFinding::id);
        Map<String, List<Trace.Chain>> chains = new LinkedHashMap<>();
        without(now.keySet(), old.keySet()).forEach(id -> chains.put(id, List.of(after.ofFinding(id))));
        without(old.keySet(), now.keySet()).forEach(id -> chains.put(id, List.of(before.ofFinding(id))));
        now.keySet().stream().filter(id -> old.containsKey(id) && !state(old.get(id)).equals(state(now.get(id))))
                .forEach(id -> chains.put(id, List.of(before.ofFinding(id), after.ofFinding(id))));
        chains.forEach((id, c) -> differing.add(new Differing(old.get(id), now.get(id), direct(c).keySet())));
        Diff.Changes<Diff.FindingDelta, Diff.FindingChange> changes = new Diff.Changes<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        chains.forEach((id, chain) -> {
            List<Diff.Cause> causes = causes(chain);
            if (!old.containsKey(id)) {
                changes.added().add(delta(now.get(id), causes));
            } else if (!now.containsKey(id)) {
                changes.removed().add(delta(old.get(id), causes));
            } else {
                changes.changed().add(new Diff.FindingChange(id, state(old.get(id)), state(now.get(id)), causes));
            }
        });
        return changes;
    }

    private Diff.Changes<Diff.MeasureDelta, Diff.MeasureChange> measures(Assessment was, Assessment is) {
        Map<String, Assessment.AssessedRecommendation> old = byKey(was.recommendations(), Assessment.AssessedRecommendation::measure);
        Map<String, Assessment.AssessedRecommendation> now = byKey(is.recommendations(), Assessment.AssessedRecommendation::measure);
        return new Diff.Changes<>(
                without(now.keySet(), old.keySet()).stream()
                        .map(m -> new Diff.MeasureDelta(m, now.get(m).priority(), causes(List.of(after.ofMeasure(m))))).toList(),
                without(old.keySet(), now.keySet()).stream()
                        .map(m -> new Diff.MeasureDelta(m, old.get(m).priority(), causes(List.of(before.ofMeasure(m))))).toList(),
                now.keySet().stream().filter(m -> old.containsKey(m) && old.get(m).priority() != now.get(m).priority())
                        .map(m -> new Diff.MeasureChange(m, old.get(m).priority(), now.get(m).priority(),
                                causes(List.of(before.ofMeasure(m), after.ofMeasure(m))))).toList());
    }

    private static Diff.FindingDelta delta(Assessment.AssessedFinding finding, List<Diff.Cause> causes) {
        return new Diff.FindingDelta(finding.id(), finding.kind(), finding.severity(), finding.message(), causes);
    }

    private List<Diff.Cause> causes(List<Trace.Chain> chains) {
        Map<String, Diff.Via> via = direct(chains);
        unmatched(chains).stream().filter(FactPattern::testsFindings).forEach(pattern -> differing.stream()
                .filter(d -> pattern.mayMatch(d.before()) || pattern.mayMatch(d.after()))
                .forEach(d -> d.causes().forEach(path -> via.putIfAbsent(path, Diff.Via.CONDITION))));
        return changed.inOrder(via.keySet()).stream().map(path -> new Diff.Cause(path, via.get(path))).toList();
    }

    /** The changed facts the chains' rules matched, then those that could satisfy a pattern they test without matching. */
    private Map<String, Diff.Via> direct(List<Trace.Chain> chains) {
        Map<String, Diff.Via> via = new LinkedHashMap<>();
        chains.forEach(c -> c.facts().forEach(ref -> changed.ofFact(ref).forEach(path -> via.put(path, Diff.Via.MATCH))));
        unmatched(chains).forEach(pattern -> changed.testedBy(pattern).forEach(path -> via.putIfAbsent(path, Diff.Via.CONDITION)));
        return via;
    }

    private List<FactPattern> unmatched(List<Trace.Chain> chains) {
        return chains.stream().flatMap(c -> c.rules().stream()).map(rules::get).filter(Objects::nonNull)
                .flatMap(rule -> rule.unmatched().stream()).toList();
    }

    private static Diff.FindingState state(Assessment.AssessedFinding finding) {
        return new Diff.FindingState(finding.severity(), finding.message(), finding.kind());
    }

    /** The first item under each key, in order; an id a second rule raises again is the same finding. */
    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.putIfAbsent(key.apply(item), item));
        return byKey;
    }

    private static List<String> without(Set<String> keys, Set<String> others) {
        List<String> rest = new ArrayList<>(keys);
        rest.removeAll(others);
        return rest;
    }
}
