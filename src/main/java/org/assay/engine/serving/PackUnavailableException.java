package org.assay.engine.serving;

import org.assay.engine.loading.CompileProblem;

import java.util.List;

/** The pack exists but failed to load, so it cannot serve; its problems say why. */
public class PackUnavailableException extends RuntimeException {
    private final List<CompileProblem> problems;

    public PackUnavailableException(String id, List<CompileProblem> problems) {
        super("pack \"" + id + "\" failed to load and is not served; fix its " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<CompileProblem> problems() {
        return problems;
    }
}
