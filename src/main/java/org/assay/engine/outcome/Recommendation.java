package org.assay.engine.outcome;

/**
 * A measure a rule recommends. The findings that call for it are the findings the rule matched,
 * which the engine records; when several rules recommend one measure the assessment merges them.
 */
public final class Recommendation {
    private final String measure;
    private final Priority priority;
    private final String rationale;

    public Recommendation(String measure, Priority priority, String rationale) {
        this.measure = measure;
        this.priority = priority;
        this.rationale = rationale;
    }

    public static Recommendation of(String measure, Priority priority, String format, Object... args) {
        return new Recommendation(measure, priority, Text.format(format, args));
    }

    public String getMeasure() {
        return measure;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getRationale() {
        return rationale;
    }

    @Override
    public String toString() {
        return "Recommendation[" + measure + " " + priority + "]";
    }
}
