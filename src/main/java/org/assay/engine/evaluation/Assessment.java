package org.assay.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.assay.facts.FactRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation concluded, and why: every rating's level and the rules that reached it, the
 * findings and the measures recommended, each tied to its rule, sources and facts, and the trace.
 *
 * @param id             the id a recorded assessment is logged under ({@code GET /api/v1/assessments/{id}}); null for
 *                       one Assay makes for its own checks, and for an answer kept to be served again, which gets a new
 *                       id each time it is served
 * @param verdict        the headline rating's level (the pack's first rating), for clients that read one
 * @param verdictReasons the reasons for it
 * @param ratings        every rating by id, in the order the pack declares them
 * @param sources        the full reference of every source key the findings cite, each once, in the order first cited;
 *                       null where an answer holding several assessments gives them once for all (a what-if)
 */
@Schema(requiredProperties = {"pack", "packVersion", "verdict", "verdictReasons", "ratings", "findings", "recommendations", "trace", "timing"})
public record Assessment(@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(format = "uuid") String id,
                         String pack, String packVersion, @Schema(ref = "RatingLevel") String verdict, List<VerdictReason> verdictReasons,
                         Map<String, Rated> ratings,
                         List<AssessedFinding> findings, List<AssessedRecommendation> recommendations,
                         List<Firing> trace, Timing timing,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Fragility fragility,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> sources) {

    /** The same assessment with its fragility check attached. */
    public Assessment withFragility(Fragility checked) {
        return new Assessment(id, pack, packVersion, verdict, verdictReasons, ratings, findings, recommendations, trace, timing, checked, sources);
    }

    public Assessment withTiming(Timing served) {
        return new Assessment(id, pack, packVersion, verdict, verdictReasons, ratings, findings, recommendations, trace, served, fragility, sources);
    }

    /** The same assessment under another id, or none. */
    public Assessment withId(String assessmentId) {
        return new Assessment(assessmentId, pack, packVersion, verdict, verdictReasons, ratings, findings, recommendations, trace, timing,
                fragility, sources);
    }

    /** The same assessment without its {@code sources}, for an answer that gives them once for it and others. */
    public Assessment withoutSources() {
        return new Assessment(id, pack, packVersion, verdict, verdictReasons, ratings, findings, recommendations, trace, timing,
                fragility, null);
    }

    /** Each rating's level alone, by rating id in the pack's order. */
    public Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        ratings.forEach((id, rated) -> levels.put(id, rated.level()));
        return levels;
    }

    /** One rating's level and the rules that reached it. */
    public record Rated(String title, @Schema(ref = "RatingLevel") String level, List<VerdictReason> reasons) {
    }

    /** A rule that concluded a rating's level, and what it said. */
    public record VerdictReason(String rule, String reason) {
    }

    /**
     * A finding with its provenance: the rule that raised it, that rule's sources and dimension, and the facts it matched.
     *
     * @param rating    the rating it bears on, when it names one
     * @param citations the keys of the sources its rule cites; the answer's {@code sources} give their references
     */
    @Schema(requiredProperties = {"id", "kind", "severity", "dimension", "message", "rule", "source", "citations", "facts"})
    public record AssessedFinding(String id, FindingKind kind, Severity severity,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String rating, String dimension, String message,
                                  String rule, String source, List<String> citations, List<MatchedFact> facts) {
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
