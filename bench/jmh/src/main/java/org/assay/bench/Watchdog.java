package org.assay.bench;

import org.assay.engine.Evaluator;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** An evaluator set up as the service sets up its own, with the watchdog thread it needs. */
final class Watchdog implements AutoCloseable {
    /** The service's default limits, so the benchmark pays for the same guard a request does. */
    private static final int FIRE_LIMIT = 10_000;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-watchdog");
        t.setDaemon(true);
        return t;
    });
    final Evaluator evaluator = new Evaluator(timer, FIRE_LIMIT, TIME_LIMIT);

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
