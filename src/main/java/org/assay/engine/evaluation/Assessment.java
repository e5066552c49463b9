package org.assay.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.assay.engine.outcome.VerdictLevel;
import org.assay.facts.FactRef;

import java.util.List;
import java.util.Map;

/**
 * What one evaluation concluded, and why: the verdict and the rules that reached it, the
 * findings and the measures recommended, each tied to its rule, source and facts, and the trace.
 */
public record Assessment(String pack, String packVersion, VerdictLevel verdict, List<VerdictReason> verdictReasons,
                         List<AssessedFinding> findings, List<AssessedRecommendation> recommendations,
                         List<Firing> trace, Timing timing,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Fragility fragility) {

    /** The same assessment with its fragility check attached. */
    public Assessment withFragility(Fragility checked) {
        return new Assessment(pack, packVersion, verdict, verdictReasons, findings, recommendations, trace, timing, checked);
    }

    public Assessment withTiming(Timing served) {
        return new Assessment(pack, packVersion, verdict, verdictReasons, findings, recommendations, trace, served, fragility);
    }

    /** A rule that concluded the verdict, and what it said. */
    public record VerdictReason(String rule, String reason) {
    }

    /** A finding with its provenance: the rule that raised it, that rule's source and dimension, and the facts it matched. */
    public record AssessedFinding(String id, FindingKind kind, Severity severity, String dimension, String message,
                                  String rule, String source, String citation, List<MatchedFact> facts) {
    }

    /**
     * One measure, merged from every rule that recommends it: the most urgent priority any gives,
     * the findings that call for it, and each rule's reason.
     */
    public record AssessedRecommendation(String measure, Priority priority, String rationale, List<String> findings,
                                         List<Reason> reasons) {
    }

    public record Reason(String rule, Priority priority, String rationale, List<String> findings, String source) {
    }

    /** A fact a rule matched: an input fact with its values, or a finding by id (type {@link FactRef#FINDING}, no values). */
    public record MatchedFact(String type, String id, Map<String, Object> values) {

        public FactRef ref() {
            return new FactRef(type, id);
        }
    }

    /** One rule firing, in order, with the facts it matched. */
    public record Firing(String rule, List<FactRef> facts) {
    }

    public record Timing(long bindMicros, long evaluateMicros, int firings) {
    }
}
