package org.assay.tester;

import org.assay.facts.Violation;

import java.util.List;

/** A candidate version of a pack was not given properly, or does not load; every problem is listed. */
public class CandidateException extends RuntimeException {

    public enum Reason {
        /** The request does not describe a candidate: no files, a bad file name, content that is not text. */
        MALFORMED,
        /** The candidate's DRL does not compile or its model does not fit the pack's data; paths are the pack's files. */
        DOES_NOT_LOAD
    }

    private final Reason reason;
    private final List<Violation> problems;

    public CandidateException(Reason reason, String message, List<Violation> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<Violation> problems() {
        return problems;
    }
}
