package org.assay.engine.loading;

import java.util.List;

/** A pack could not be read or compiled; every problem found is listed. */
public class PackException extends Exception {
    private final List<CompileProblem> problems;

    public PackException(List<CompileProblem> problems) {
        super(problems.size() + " problem(s): " + problems.get(0) + (problems.size() > 1 ? " ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public PackException(String file, String message) {
        this(List.of(new CompileProblem(file, 0, 0, message)));
    }

    public List<CompileProblem> problems() {
        return problems;
    }
}
