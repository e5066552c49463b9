package org.assay.api;

import org.assay.facts.Violation;

/** The body is not JSON, or breaks a read limit (nesting depth, size of a value). */
public class MalformedJsonException extends RuntimeException {
    private final Violation violation;

    public MalformedJsonException(String summary, Violation violation) {
        super(summary);
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
