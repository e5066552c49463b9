package org.assay.engine.evaluation;

import java.util.List;

/**
 * The pack's rules reached no verdict for a fact set. That is a fault of the pack for those facts, not a
 * level: a full assessment answers it as a problem, a sweep lists the variant as failed, a counterfactual
 * search and a property check stop on it, as on any rule that cannot evaluate.
 */
public final class NoVerdictException extends EvaluationException {

    NoVerdictException(String rating) {
        super(Reason.NO_VERDICT, "the pack's rules reached no level on its rating \"" + rating + "\" for these facts; a pack needs,"
                + " for each rating, a verdict rule that fires for every fact set", List.of());
    }
}
