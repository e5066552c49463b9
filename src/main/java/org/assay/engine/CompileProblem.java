package org.assay.engine;

/**
 * One problem that keeps a pack from loading, located as precisely as it can be (line and column
 * are 0 when unknown), so an author can jump to it.
 */
public record CompileProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + message;
    }
}
