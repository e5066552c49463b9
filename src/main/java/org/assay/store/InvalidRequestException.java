package org.assay.store;

import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;

import java.util.List;

/**
 * A scenario body or a query parameter has faults; all of them are listed at once, each by where it
 * is. It is an {@link InvalidFactsException} because a scenario carries a fact set, whose faults are
 * reported the same way.
 */
public class InvalidRequestException extends InvalidFactsException {
    public InvalidRequestException(String summary, List<Violation> violations) {
        super(summary, violations);
    }
}
