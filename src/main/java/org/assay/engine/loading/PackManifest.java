package org.assay.engine.loading;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pack's {@code pack.yaml}: what it is, the sources its rules cite, where each baseline value
 * comes from, the levers an analyst may pull, and the measures its rules may recommend.
 *
 * @param measures the measure ids the rules may recommend; a rule recommending another is warned of
 *                 (a typo would otherwise make a new measure). Empty: not checked.
 * @param trusted  asks to skip the sandbox; it takes effect only when the operator also
 *                 lists the pack in {@code assay.rules.trusted-packs}, so an author cannot opt out alone
 * @param analysis how the what-if tools read the pack; defaults where {@code pack.yaml} says nothing
 * @param ratings  the questions the pack rates, each on its own levels, headline first; none declared is
 *                 the one default rating
 */
public record PackManifest(String id, String title, String description,
                           List<RatingScale> ratings,
                           Map<String, String> sources,
                           Map<String, Evidence> evidence,
                           List<Lever> levers,
                           List<String> measures,
                           boolean trusted,
                           AnalysisSettings analysis) {

    public PackManifest {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        levers = levers == null ? List.of() : List.copyOf(levers);
        measures = measures == null ? List.of() : List.copyOf(measures);
        analysis = analysis == null ? AnalysisSettings.DEFAULTS : analysis;
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    /** The ratings as the engine reads them: the declared ones, or the default one when none is declared. */
    public Ratings rated() {
        return Ratings.of(ratings);
    }

    /**
     * Where one value comes from, how sure it is, and when it held.
     *
     * @param asOf the date the value was true of, as the record gives it: {@code 2025-10-18}, {@code 2025-10} or {@code 2025}
     */
    // A missing confidence is left out rather than sent as null: OpenAPI 3.0 cannot say "this enum, or null" to every tool.
    @Schema(requiredProperties = {"source", "note", "asOf"})
    public record Evidence(@Schema(nullable = true) String source, @JsonInclude(JsonInclude.Include.NON_NULL) Confidence confidence,
                           @Schema(nullable = true) String note, @Schema(nullable = true) String asOf) {

        public Evidence(String source, Confidence confidence, String note) {
            this(source, confidence, note, null);
        }
    }

    /**
     * A fact path an analyst may change: a numeric range or a list of values, what a change costs, why it
     * costs that, and whether it can happen at all within a counterfactual's horizon.
     *
     * @param source                 the key of the source the cost rests on
     * @param note                   why pulling it costs what it does
     * @param infeasibleWithinMonths a change that cannot happen sooner than this many months; a counterfactual
     *                               whose horizon is shorter leaves the lever alone
     */
    @Schema(name = "Lever", requiredProperties = {"path", "title", "values", "cost", "source", "note", "infeasibleWithinMonths"})
    public record Lever(String path, @Schema(nullable = true) String title, @JsonInclude(JsonInclude.Include.NON_NULL) Range range,
                        @Schema(nullable = true) List<Object> values, @Schema(nullable = true) Double cost,
                        @Schema(nullable = true) String source, @Schema(nullable = true) String note,
                        @Schema(nullable = true) Integer infeasibleWithinMonths) {

        /** Whether a counterfactual looking {@code horizonMonths} ahead may pull this lever; no horizon allows every lever. */
        public boolean feasibleWithin(Integer horizonMonths) {
            return horizonMonths == null || infeasibleWithinMonths == null || horizonMonths >= infeasibleWithinMonths;
        }
    }

    public record Range(double min, double max, double step) {
    }

    /**
     * Every source key a rule's {@code @source} names, in the order it names them:
     * {@code "A 'Regional Threats'; S6 Art IV.3 + S19"} cites A, S6 and S19. Quoted titles are skipped, so a
     * word in a heading never passes for a key. An answer gives each key's reference once, in its {@code sources}.
     */
    public List<String> citations(String source) {
        if (source == null || source.isBlank()) {
            return List.of();
        }
        Set<String> cited = new LinkedHashSet<>();
        for (String word : source.replaceAll("'[^']*'", " ").split("[^\\p{L}\\p{N}_-]+")) {
            if (sources.containsKey(word)) {
                cited.add(word);
            }
        }
        return List.copyOf(cited);
    }
}
