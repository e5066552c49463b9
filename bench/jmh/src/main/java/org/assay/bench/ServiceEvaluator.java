package org.assay.bench;

import org.assay.Defaults;
import org.assay.engine.evaluation.Evaluator;
import org.assay.engine.evaluation.Watchdog;

import java.time.Duration;

/** An evaluator set up as the service sets up its own, with the watchdog it needs. */
final class ServiceEvaluator implements AutoCloseable {
    /** The service's default limits, so the benchmark pays for the same guard a request does. */
    private static final int FIRE_LIMIT = Defaults.FIRE_LIMIT;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(Defaults.TIME_LIMIT_SECONDS);

    private final Watchdog watchdog = new Watchdog("bench-watchdog");
    final Evaluator evaluator = new Evaluator(watchdog, FIRE_LIMIT, TIME_LIMIT);

    @Override
    public void close() {
        watchdog.close();
    }
}
