package org.assay.engine.serving;

import org.assay.engine.Pack;
import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;
import org.assay.engine.loading.PackReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packs the service holds. Each pack is read, checked, compiled and rehearsed aside, and only a
 * pack that passes all of it is published, by one reference swap of the catalogue: a request holds
 * the {@link Pack} it started with and finishes on it, while new requests get the new one. A pack
 * whose newest files fail keeps serving its last good version, with the failure on record.
 * Reloads run one at a time on one background thread, never on a request's.
 */
@Startup
@ApplicationScoped
public class PackRegistry {
    private static final Logger LOG = Logger.getLogger(PackRegistry.class);

    /** What a pack's id, its folder's name, may be; anything else asked for is no pack. */
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final AtomicReference<Map<String, PackStatus>> catalogue = new AtomicReference<>(Map.of());
    /** Reloads asked for and not yet started, so that a burst of asks compiles once. */
    private final Map<String, CompletableFuture<ReloadOutcome>> queued = new ConcurrentHashMap<>();
    private ExecutorService reloader;
    private PackLoader loader;

    @Inject
    AssayConfig config;

    @Inject
    ObjectMapper json;

    @PostConstruct
    void loadAll() {
        loader = new PackLoader(json, config.rules().trustedPacks().orElse(Set.of()));
        reloader = Executors.newSingleThreadExecutor(DaemonThreads.named("assay-reload"));
        Path dir = config.rules().dir();
        Map<String, PackStatus> packs = new LinkedHashMap<>();
        for (Path packDir : packDirs(dir)) {
            PackStatus status = load(packDir, null);
            packs.put(status.id(), status);
        }
        catalogue.set(Map.copyOf(packs));
        if (packs.isEmpty()) {
            LOG.warnf("No packs found in %s (set assay.rules.dir or ASSAY_RULES_DIR)", dir.toAbsolutePath());
        }
    }

    @PreDestroy
    void stop() {
        reloader.shutdownNow();
    }

    /**
     * Reloads a pack from its folder in the background, or joins a reload of it that is waiting to
     * start. A pack folder that appeared since the service started is loaded too.
     *
     * @throws UnknownPackException when the rules directory has no such pack, or the id could not be a pack's
     */
    public CompletableFuture<ReloadOutcome> reload(String id) {
        // Checked before the id touches a path: "..", "%00" or a separator must never reach the file system.
        if (!PACK_ID.matcher(id).matches()) {
            throw unknown(id);
        }
        Path dir = config.rules().dir().resolve(id).normalize();
        boolean folder = !id.isBlank() && dir.getParent() != null && dir.getParent().equals(config.rules().dir().normalize())
                && PackReader.isPack(dir);
        if (!folder && !catalogue.get().containsKey(id)) {
            throw unknown(id);
        }
        CompletableFuture<ReloadOutcome> fresh = new CompletableFuture<>();
        CompletableFuture<ReloadOutcome> waiting = queued.putIfAbsent(id, fresh);
        if (waiting != null) {
            return waiting;
        }
        try {
            reloader.execute(() -> {
                queued.remove(id, fresh);
                try {
                    fresh.complete(reloadNow(id, dir));
                } catch (RuntimeException e) {
                    fresh.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(id, fresh);
            fresh.completeExceptionally(e);
        }
        return fresh;
    }

    private ReloadOutcome reloadNow(String id, Path dir) {
        PackStatus before = catalogue.get().get(id);
        long start = System.nanoTime();
        PackStatus after = load(dir, before);
        catalogue.updateAndGet(packs -> {
            Map<String, PackStatus> next = new LinkedHashMap<>(packs);
            next.put(id, after);
            return Map.copyOf(next);
        });
        String previous = before == null || before.pack() == null ? null : before.pack().version();
        return new ReloadOutcome(after, previous, after.problems().isEmpty(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads, checks, compiles and rehearses a pack folder; on failure the version in {@code before}, if any, keeps serving. */
    private PackStatus load(Path packDir, PackStatus before) {
        long start = System.nanoTime();
        String was = before == null || before.pack() == null ? null : before.pack().version();
        try {
            Pack pack = loader.load(packDir);
            PackRehearsal.rehearse(pack, packDir, config.evaluation().fireLimit());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (before == null) {
                LOG.infof("Loaded pack %s version %s: %d rules in %d ms", pack.id(), pack.version(), pack.rules().size(), millis);
            } else {
                LOG.infof("Reloaded pack %s %s -> %s: %d rules in %d ms", pack.id(), was == null ? "(none)" : was, pack.version(),
                        pack.rules().size(), millis);
            }
            pack.warnings().forEach(w -> LOG.warnf("%s", w));
            return PackStatus.loaded(packDir, pack);
        } catch (PackException e) {
            return failed(packDir, before, was, e.problems().stream().map(p -> p.shownUnder(packDir)).toList());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // Drools can fail in odd ways on odd rules; a reload thread must outlive any of them.
            LOG.errorf(e, "Pack %s failed to load", packDir.getFileName());
            return failed(packDir, before, was, List.of(new CompileProblem(packDir.getFileName().toString(), 0, 0, "cannot load: " + e)));
        }
    }

    /** @param problems named relative to the rules folder, as every answer names them */
    private static PackStatus failed(Path packDir, PackStatus before, String serving, List<CompileProblem> problems) {
        if (serving == null) {
            LOG.errorf("Pack %s failed to load and is not served:", packDir.getFileName());
        } else {
            LOG.errorf("Pack %s: the newest files do not load; version %s keeps serving:", packDir.getFileName(), serving);
        }
        problems.forEach(p -> LOG.errorf("%s", p));
        return PackStatus.failed(before, packDir, problems);
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
            throw unknown(id);
        }
        return status;
    }

    /**
     * Why no pack is served at all, naming the setting to change: said by health, the page and every
     * unknown-pack answer, not only in the log, since a service started in another folder finds no
     * {@code rules/}. Empty while the rules directory holds a pack folder, loaded or not.
     */
    public Optional<String> noPacksFound() {
        if (!catalogue.get().isEmpty()) {
            return Optional.empty();
        }
        Path dir = config.rules().dir();
        String found = Files.isDirectory(dir) ? " holds no pack" : " does not exist";
        String fix = "set assay.rules.dir (ASSAY_RULES_DIR) to the folder of packs";
        return Optional.of(dir.isAbsolute() ? "the rules directory \"" + dir + "\"" + found + "; " + fix
                : "the rules directory \"" + dir + "\" (relative to the folder the service was started in)" + found
                        + "; start the service in the folder that holds it, or " + fix);
    }

    private UnknownPackException unknown(String id) {
        return new UnknownPackException(id, noPacksFound().orElse(null));
    }

    /** The pack that serves this id: the newest version that loaded. */
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

    public PackLoader loader() {
        return loader;
    }
}
