package org.assay.engine.evaluation;

import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.assay.engine.outcome.VerdictLevel;

import java.util.Map;
import java.util.Objects;

/**
 * What a variant of a fact set comes to, without the explanation: the verdict, each finding's
 * severity and each measure's priority, keyed and ordered by id so that equal outcomes are equal.
 */
public record VariantOutcome(VerdictLevel verdict, Map<String, Severity> findings, Map<String, Priority> measures) {

    /** A variant without a verdict has no outcome: the session reports it as a {@link NoVerdictException}. */
    public VariantOutcome {
        Objects.requireNonNull(verdict, "verdict");
    }
}
