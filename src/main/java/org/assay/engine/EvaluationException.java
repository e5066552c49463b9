package org.assay.engine;

import java.util.List;

/** A well-formed fact set that the pack's rules could not evaluate: they ran away or reached no verdict. */
public class EvaluationException extends RuntimeException {
    private final String code;
    private final List<String> rules;

    public EvaluationException(String code, String message, List<String> rules) {
        super(message);
        this.code = code;
        this.rules = List.copyOf(rules);
    }

    /** A stable, machine-readable name for what went wrong. */
    public String code() {
        return code;
    }

    /** The rules at fault, most to blame first. */
    public List<String> rules() {
        return rules;
    }
}
