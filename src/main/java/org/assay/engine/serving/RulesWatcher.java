package org.assay.engine.serving;

import org.assay.engine.Pack;
import org.assay.engine.loading.PackReader;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the rules directory, every pack folder and the folders inside them (new ones too), and
 * reloads a pack once its folder has been quiet for {@code assay.rules.watch-quiet}: editors save in
 * several steps (a temporary file, a rename, a second write), and each step on its own may be half a
 * rule. Off with {@code assay.rules.watch=false}; a reload can still be asked for over the API.
 */
@Startup
@ApplicationScoped
public class RulesWatcher {
    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    @Inject
    PackRegistry registry;

    @Inject
    AssayConfig config;

    private WatchService watcher;
    private Path root;
    // Only the watching thread touches these two.
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Map<String, Long> changedAt = new HashMap<>();

    @PostConstruct
    void start() {
        root = config.rules().dir().toAbsolutePath().normalize();
        if (!config.rules().watch() || !Files.isDirectory(root)) {
            LOG.infof("Not watching %s for changes%s", root, config.rules().watch() ? ": no such folder" : " (assay.rules.watch=false)");
            return;
        }
        try {
            watcher = root.getFileSystem().newWatchService();
            watchTree(root);
        } catch (IOException | UncheckedIOException e) {
            LOG.errorf("Cannot watch %s; packs reload only when asked: %s", root, e.getMessage());
            return;
        }
        DaemonThreads.named("assay-rules-watch").newThread(this::run).start();
        LOG.infof("Watching %s: a changed pack reloads after %d ms of quiet", root, config.rules().watchQuiet().toMillis());
    }

    @PreDestroy
    void stop() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void run() {
        long quiet = config.rules().watchQuiet().toNanos();
        try {
            while (true) {
                WatchKey key = changedAt.isEmpty() ? watcher.take() : watcher.poll(nextDue(quiet), TimeUnit.NANOSECONDS);
                if (key != null) {
                    seen(key);
                }
                reloadQuietPacks(quiet);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("Stopped watching the rules directory");
        }
    }

    private long nextDue(long quiet) {
        long oldest = changedAt.values().stream().mapToLong(Long::longValue).min().orElse(System.nanoTime());
        return Math.max(0, oldest + quiet - System.nanoTime());
    }

    private void seen(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                // Events were lost: any pack may have changed.
                registry.all().forEach(status -> changedAt.put(status.id(), System.nanoTime()));
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                watchTree(changed);
            }
            if (!changed.equals(root) && changed.startsWith(root)) {
                changedAt.put(root.relativize(changed).getName(0).toString(), System.nanoTime());
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void reloadQuietPacks(long quiet) {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<String, Long>> it = changedAt.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> change = it.next();
            if (now - change.getValue() < quiet) {
                continue;
            }
            it.remove();
            String id = change.getKey();
            boolean known = registry.all().stream().anyMatch(status -> status.id().equals(id));
            if (known || PackReader.isPack(root.resolve(id))) {
                try {
                    registry.reload(id);
                } catch (UnknownPackException e) {
                    LOG.debugf("Pack folder %s went away before it could be reloaded", id);
                }
            }
        }
    }

    private void watchTree(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), dir);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Cannot watch %s: %s", folder, e.getMessage());
        }
    }
}
