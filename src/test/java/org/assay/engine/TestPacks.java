package org.assay.engine;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The fixture packs under src/test/resources/packs, each named after what it tests, and an evaluator for them. */
public final class TestPacks {
    public static final Path DIR = Path.of("src/test/resources/packs");
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-watchdog");
        t.setDaemon(true);
        return t;
    });

    private TestPacks() {
    }

    public static Pack load(String name) throws PackException {
        return new PackLoader(new ObjectMapper()).load(DIR.resolve(name));
    }

    public static Evaluator evaluator() {
        return new Evaluator(WATCHDOG, 10_000, Duration.ofSeconds(5));
    }
}
