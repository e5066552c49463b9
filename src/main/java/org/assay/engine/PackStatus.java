package org.assay.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * A pack folder's state in the registry: the compiled pack when it loaded, or the problems that
 * kept it from loading.
 */
public record PackStatus(String id, Path dir, Pack pack, List<CompileProblem> problems) {

    public boolean loaded() {
        return pack != null;
    }

    static PackStatus loaded(Path dir, Pack pack) {
        return new PackStatus(pack.id(), dir, pack, List.of());
    }

    static PackStatus failed(Path dir, List<CompileProblem> problems) {
        return new PackStatus(dir.getFileName().toString(), dir, null, problems);
    }
}
