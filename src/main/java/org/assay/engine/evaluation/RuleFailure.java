package org.assay.engine.evaluation;

import org.kie.api.runtime.rule.ConsequenceException;

import java.util.List;

/** Turns a rule consequence that threw into the evaluation failure a client sees: the pack and the rule, and what went wrong. */
final class RuleFailure {
    private RuleFailure() {
    }

    static EvaluationException of(String packId, ConsequenceException e) {
        String rule = e.getMatch() == null ? "(unknown rule)" : e.getMatch().getRule().getName();
        Throwable cause = e.getCause() == null ? e : e.getCause();
        // The cause's own words ("/ by zero", "For input string: \"x\""), never its class name or stack.
        String what = cause.getMessage() == null ? "it threw an error" : cause.getMessage();
        return new EvaluationException(EvaluationException.Reason.RULE_FAILED, "rule \"" + rule + "\" of pack \"" + packId + "\" failed while it ran: " + what,
                List.of(rule));
    }
}
