package org.assay.facts;

import java.util.List;

/** A fact set, or the request that carries one, has faults; all of them are listed at once. */
public class InvalidFactsException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidFactsException(String summary, List<Violation> violations) {
        super(summary);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
