package org.assay.engine.loading;

import java.util.List;
import java.util.Map;

/**
 * A pack's {@code pack.yaml}: what it is, the sources its rules cite, where each baseline value
 * comes from, the levers an analyst may pull, and the measures its rules may recommend.
 *
 * @param measures the measure ids the rules may recommend; a rule recommending another is warned of
 *                 (a typo would otherwise make a new measure). Empty: not checked.
 * @param trusted  asks to skip the sandbox; it takes effect only when the operator also
 *                 lists the pack in {@code assay.rules.trusted-packs}, so an author cannot opt out alone
 * @param analysis how the what-if tools read the pack; defaults where {@code pack.yaml} says nothing
 */
public record PackManifest(String id, String title, String description,
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
    }

    /** Where one baseline value comes from and how sure it is. */
    public record Evidence(String source, Confidence confidence, String note) {
    }

    /** A fact path an analyst may change: a numeric range or a list of values, and what a change costs. */
    public record Lever(String path, String title, Range range, List<Object> values, Double cost) {
    }

    public record Range(double min, double max, double step) {
    }

    /** The full reference for a rule's {@code @source}, whose first word is a key of {@link #sources()}. */
    public String citation(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        return sources.get(source.strip().split("\\s+", 2)[0]);
    }
}
