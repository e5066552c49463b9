package org.assay.api;

import jakarta.ws.rs.core.EntityTag;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The entity tags of what the API shows of packs. A pack's version is a hash of its files, so its baseline, named
 * scenarios and snapshots change exactly when it does; the pack's own view changes too when newer files fail to load.
 * The tags are weak: a response is sent compressed or not, and both are the same answer (RFC 9110 §8.8.1), and only
 * {@code If-None-Match}, which compares weakly, is asked of them.
 */
final class PackTags {
    private PackTags() {
    }

    /** What the pack serves: its baseline, scenarios and snapshots. */
    static EntityTag of(Pack pack) {
        return new EntityTag(pack.version(), true);
    }

    /** The pack's view: its serving version, its state, and when newer files last failed. */
    static EntityTag of(PackStatus status) {
        return new EntityTag(value(status), true);
    }

    /** The list of packs: every pack's view. */
    static EntityTag of(Collection<PackStatus> statuses) {
        String all = statuses.stream().map(s -> s.id() + "=" + value(s)).collect(Collectors.joining("\n"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(hash, 0, 8), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String value(PackStatus status) {
        String version = status.loaded() ? status.pack().version() : "none";
        return switch (status.state()) {
            case LOADED -> version;
            case DEGRADED, FAILED -> version + "-" + status.state().name().toLowerCase() + "-" + status.failedAt().toEpochMilli();
        };
    }
}
