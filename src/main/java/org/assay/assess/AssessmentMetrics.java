package org.assay.assess;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.engine.evaluation.Assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts assessments by pack and verdict, times them, counts firings per rule, and counts the
 * assessments answered from the cache.
 *
 * <p>Meters are looked up once and kept: building and registering a meter costs about a
 * microsecond, and an assessment counts some fifty rules. The timer publishes no client-side
 * percentiles, which cost a lock and several buckets per assessment; {@code assay.assessment.duration}
 * gives count, total and maximum, and latency percentiles belong to the scraper.
 */
@ApplicationScoped
public class AssessmentMetrics {

    @Inject
    MeterRegistry registry;

    private final Map<String, PackMeters> byPack = new ConcurrentHashMap<>();

    void record(Assessment assessment, long nanos) {
        PackMeters meters = count(assessment);
        meters.duration.record(nanos, TimeUnit.NANOSECONDS);
        for (Assessment.Firing firing : assessment.trace()) {
            meters.firings.computeIfAbsent(firing.rule(), rule -> Counter.builder("assay.rule.firings")
                    .description("Rule firings, by pack and rule")
                    .tag("pack", assessment.pack()).tag("rule", rule).register(registry)).increment();
        }
    }

    /** An assessment answered from the cache: counted and timed, with no rule firings. */
    void servedAgain(Assessment assessment, long nanos) {
        PackMeters meters = count(assessment);
        meters.duration.record(nanos, TimeUnit.NANOSECONDS);
        meters.cacheHits.increment();
    }

    void failed(String pack, String reason) {
        Counter.builder("assay.assessments.failed").description("Assessments the rules could not finish, by pack and reason")
                .tag("pack", pack).tag("reason", reason)
                .register(registry).increment();
    }

    private PackMeters count(Assessment assessment) {
        PackMeters meters = byPack.computeIfAbsent(assessment.pack(), PackMeters::new);
        meters.assessments.computeIfAbsent(assessment.verdict(), verdict -> Counter.builder("assay.assessments")
                .description("Assessments served, by pack and verdict")
                .tag("pack", assessment.pack()).tag("verdict", verdict).register(registry)).increment();
        return meters;
    }

    /** One pack's meters; rule counters stay when a rule goes, as a Prometheus counter must not vanish. */
    private final class PackMeters {
        final Map<String, Counter> assessments = new ConcurrentHashMap<>();
        final Map<String, Counter> firings = new ConcurrentHashMap<>();
        final Timer duration;
        final Counter cacheHits;

        PackMeters(String pack) {
            cacheHits = Counter.builder("assay.assessments.cached").description("Assessments answered from the cache of earlier answers, by pack")
                    .tag("pack", pack).register(registry);
            duration = Timer.builder("assay.assessment.duration").description("Time to bind and evaluate one assessment")
                    .tag("pack", pack).register(registry);
        }
    }
}
