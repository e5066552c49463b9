package org.assay.engine.loading;

import java.io.File;
import java.nio.file.Path;

/**
 * One problem that keeps a pack from loading, located as precisely as it can be (line and column
 * are 0 when unknown), so an author can jump to it.
 */
public record CompileProblem(String file, int line, int column, String message) {

    /**
     * The same problem with a file given as a path under the pack folder named as
     * {@code <pack folder>/<file>}, relative to the rules folder, so that no answer carries the
     * server's own paths; a file named otherwise is left as it is.
     */
    public CompileProblem shownUnder(Path packDir) {
        String dir = packDir.toString();
        if (file.equals(dir)) {
            return new CompileProblem(packDir.getFileName().toString(), line, column, message);
        }
        if (file.startsWith(dir + File.separator)) {
            return new CompileProblem(PackFiles.shown(packDir, Path.of(file)), line, column, message);
        }
        return this;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + message;
    }
}
