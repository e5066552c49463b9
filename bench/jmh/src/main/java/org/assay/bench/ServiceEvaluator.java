package org.assay.bench;

import org.assay.engine.Evaluator;
import org.assay.engine.Watchdog;

import java.time.Duration;

/** An evaluator set up as the service sets up its own, with the watchdog it needs. */
final class ServiceEvaluator implements AutoCloseable {
    /** The service's default limits, so the benchmark pays for the same guard a request does. */
    private static final int FIRE_LIMIT = 10_000;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    private final Watchdog watchdog = new Watchdog("bench-watchdog");
    final Evaluator evaluator = new Evaluator(watchdog, FIRE_LIMIT, TIME_LIMIT);

    @Override
    public void close() {
        watchdog.close();
    }
}
