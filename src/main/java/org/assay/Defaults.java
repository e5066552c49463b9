package org.assay;

/**
 * Defaults that more than one door shows: the configuration ({@link AssayConfig}), the OpenAPI
 * document and the command line refer to these, so that none of them can promise another value.
 * Annotations need compile-time constants, hence numbers here and {@code "" + Defaults.X} there.
 */
public final class Defaults {
    /** Firings after which one assessment is stopped as a runaway ({@code assay.evaluation.fire-limit}). */
    public static final int FIRE_LIMIT = 10_000;
    /** Seconds after which one assessment is stopped as a runaway ({@code assay.evaluation.time-limit}). */
    public static final int TIME_LIMIT_SECONDS = 5;
    /** The most lever changes one counterfactual answer may combine ({@code assay.counterfactuals.max-changes}). */
    public static final int MAX_CHANGES = 6;
    /** The most variants one counterfactual search may assess ({@code assay.counterfactuals.max-assessments}). */
    public static final int MAX_ASSESSMENTS = 500_000;
    /** The answers a counterfactual search returns when the request does not say. */
    public static final int SOLUTIONS = 3;

    private Defaults() {
    }
}
