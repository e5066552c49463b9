package org.assay.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The packs the service holds. Every pack folder is compiled aside and the whole catalogue is
 * published by one reference swap, so a request sees either the old set or the new, never a mix;
 * a pack that fails keeps its problems on record and serves nothing.
 */
@Startup
@ApplicationScoped
public class PackRegistry {
    private static final Logger LOG = Logger.getLogger(PackRegistry.class);

    private final AtomicReference<Map<String, PackStatus>> catalogue = new AtomicReference<>(Map.of());

    @Inject
    AssayConfig config;

    @Inject
    ObjectMapper json;

    @PostConstruct
    void loadAll() {
        Path dir = config.rules().dir();
        Map<String, PackStatus> packs = new LinkedHashMap<>();
        for (Path packDir : packDirs(dir)) {
            PackStatus status = load(packDir);
            packs.put(status.id(), status);
        }
        catalogue.set(Map.copyOf(packs));
        if (packs.isEmpty()) {
            LOG.warnf("No packs found in %s (set assay.rules.dir or ASSAY_RULES_DIR)", dir.toAbsolutePath());
        }
    }

    private PackStatus load(Path packDir) {
        long start = System.nanoTime();
        try {
            Pack pack = new PackLoader(json).load(packDir);
            PackRehearsal.rehearse(pack, packDir, config.evaluation().fireLimit());
            LOG.infof("Loaded pack %s version %s: %d rules in %d ms", pack.id(), pack.version(), pack.rules().size(),
                    (System.nanoTime() - start) / 1_000_000);
            pack.warnings().forEach(w -> LOG.warnf("%s", w));
            return PackStatus.loaded(packDir, pack);
        } catch (PackException e) {
            LOG.errorf("Pack %s failed to load and is not served:", packDir.getFileName());
            e.problems().forEach(p -> LOG.errorf("%s", p));
            return PackStatus.failed(packDir, e.problems());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Pack %s failed to load and is not served", packDir.getFileName());
            return PackStatus.failed(packDir, List.of(new CompileProblem(packDir.toString(), 0, 0, "cannot load: " + e.getMessage())));
        }
    }

    private static List<Path> packDirs(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Rules directory %s does not exist", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).filter(PackReader::isPack).sorted().toList();
        } catch (IOException e) {
            LOG.errorf("Cannot list the rules directory %s: %s", dir.toAbsolutePath(), e.getMessage());
            return List.of();
        }
    }

    /** Every pack folder, loaded or not, by id. */
    public Collection<PackStatus> all() {
        return catalogue.get().values().stream().sorted(Comparator.comparing(PackStatus::id)).toList();
    }

    /** The pack's status, whether or not it loaded. */
    public PackStatus status(String id) {
        PackStatus status = catalogue.get().get(id);
        if (status == null) {
            throw new UnknownPackException(id);
        }
        return status;
    }

    /** The pack that serves this id. */
    public Pack serving(String id) {
        PackStatus status = status(id);
        if (!status.loaded()) {
            throw new PackUnavailableException(id, status.problems());
        }
        return status.pack();
    }

    public long loadedCount() {
        return catalogue.get().values().stream().filter(PackStatus::loaded).count();
    }
}
