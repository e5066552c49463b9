package org.assay.engine.serving;

import org.assay.engine.Pack;
import org.assay.engine.loading.CompileProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A pack folder's state in the registry: the pack that serves (the last version that loaded), and
 * when the newest files do not load, their problems and when they were found.
 *
 * @param pack     the serving version, or null when no version ever loaded
 * @param problems why the newest files do not load; empty when the serving version is the newest
 * @param failedAt when the newest files were found not to load, or null
 */
public record PackStatus(String id, Path dir, Pack pack, List<CompileProblem> problems, Instant failedAt) {

    /** {@code LOADED}: the newest files serve. {@code DEGRADED}: an older version serves, the newest files do not load. {@code FAILED}: nothing serves. */
    @Schema(name = "PackState")
    public enum State { LOADED, DEGRADED, FAILED }

    public PackStatus {
        problems = List.copyOf(problems);
    }

    public State state() {
        if (pack == null) {
            return State.FAILED;
        }
        return problems.isEmpty() ? State.LOADED : State.DEGRADED;
    }

    /** Whether some version serves, the newest or an older one. */
    public boolean loaded() {
        return pack != null;
    }

    static PackStatus loaded(Path dir, Pack pack) {
        return new PackStatus(pack.id(), dir, pack, List.of(), null);
    }

    /** The newest files do not load: the last good version, if any, keeps serving. */
    static PackStatus failed(PackStatus before, Path dir, List<CompileProblem> problems) {
        Pack serving = before == null ? null : before.pack();
        return new PackStatus(dir.getFileName().toString(), dir, serving, problems, Instant.now());
    }
}
