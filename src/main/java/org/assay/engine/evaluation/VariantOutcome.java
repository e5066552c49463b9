package org.assay.engine.evaluation;

import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a variant of a fact set comes to, without the explanation: every rating's level, each finding's
 * severity and each measure's priority, keyed by id so that equal outcomes are equal.
 *
 * @param ratings each rating's level, in the order the pack declares them, the headline first
 */
public record VariantOutcome(Map<String, String> ratings, Map<String, Severity> findings, Map<String, Priority> measures) {

    /** A variant without a level on every rating has no outcome: the session reports it as a {@link NoVerdictException}. */
    public VariantOutcome {
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("an outcome has a level on every rating");
        }
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }

    /** The headline rating's level. */
    public String verdict() {
        return ratings.values().iterator().next();
    }
}
