package org.assay.engine.evaluation;

import java.util.List;
import java.util.Locale;

/** A well-formed fact set that the pack's rules could not evaluate: they ran away or reached no verdict. */
public class EvaluationException extends RuntimeException {

    /** What went wrong. */
    public enum Reason {
        /** The rules fired as often as the fire limit allows: some keep re-activating each other. */
        FIRE_LIMIT,
        /** The rules ran longer than the time limit. */
        TIME_LIMIT,
        /** The pack's code went too deep. */
        STACK_OVERFLOW,
        /** A rule's consequence threw. */
        RULE_FAILED,
        /** No verdict rule fired, for one of the pack's ratings at least. */
        NO_VERDICT,
        /** A rule reached a level, or raised a finding, on a rating the pack does not declare or at a level it does not have. */
        UNDECLARED_RATING;

        /** A stable, machine-readable name, as metrics and messages show it: {@code fire-limit}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final List<String> rules;

    public EvaluationException(Reason reason, String message, List<String> rules) {
        super(message);
        this.reason = reason;
        this.rules = List.copyOf(rules);
    }

    public Reason reason() {
        return reason;
    }

    /** A stable, machine-readable name for what went wrong. */
    public String code() {
        return reason.code();
    }

    /** The rules at fault, most to blame first. */
    public List<String> rules() {
        return rules;
    }
}
