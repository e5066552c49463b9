package org.assay.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Counts assessments by pack and verdict, times them, and counts firings per rule. */
@ApplicationScoped
public class AssessmentMetrics {

    @Inject
    MeterRegistry registry;

    void record(Assessment assessment, long nanos) {
        Counter.builder("assay.assessments").description("Assessments served, by pack and verdict")
                .tag("pack", assessment.pack()).tag("verdict", assessment.verdict().name())
                .register(registry).increment();
        Timer.builder("assay.assessment.duration").description("Time to bind and evaluate one assessment")
                .tag("pack", assessment.pack()).publishPercentiles(0.5, 0.99)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        Map<String, Integer> firings = new HashMap<>();
        assessment.trace().forEach(f -> firings.merge(f.rule(), 1, Integer::sum));
        firings.forEach((rule, count) -> Counter.builder("assay.rule.firings").description("Rule firings, by pack and rule")
                .tag("pack", assessment.pack()).tag("rule", rule)
                .register(registry).increment(count));
    }

    void failed(String pack, String reason) {
        Counter.builder("assay.assessments.failed").description("Assessments the rules could not finish, by pack and reason")
                .tag("pack", pack).tag("reason", reason)
                .register(registry).increment();
    }
}
