package org.assay.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Assesses a request's fact set with the pack that serves it: resolve, bind, evaluate, record. */
@ApplicationScoped
public class Assessor {

    @Inject
    PackRegistry packs;

    @Inject
    AssessmentMetrics metrics;

    @Inject
    AssayConfig config;

    private ScheduledExecutorService watchdog;
    private Evaluator evaluator;

    @PostConstruct
    void start() {
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "assay-watchdog");
            t.setDaemon(true);
            return t;
        });
        evaluator = new Evaluator(watchdog, config.evaluation().fireLimit(), config.evaluation().timeLimit());
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /**
     * @param body {@code {"facts": ...}}, {@code {"baseline": true}} or {@code {"scenario": ...}}, with optional {@code "changes"}
     */
    public Assessment assess(String packId, JsonNode body) {
        long start = System.nanoTime();
        Pack pack = packs.serving(packId);
        FactSet facts = FactRequest.resolve(body, pack.baseline(), pack.schema(), pack.scenarioChanges());
        return evaluate(pack, facts, System.nanoTime() - start);
    }

    /**
     * Evaluates a bound fact set with this pack and records it.
     *
     * @param bindNanos how long reading and binding the facts took, so that the timing counts it
     */
    public Assessment evaluate(Pack pack, FactSet facts, long bindNanos) {
        long start = System.nanoTime();
        try {
            Assessment assessment = evaluator.evaluate(pack, facts, bindNanos);
            metrics.record(assessment, bindNanos + System.nanoTime() - start);
            return assessment;
        } catch (EvaluationException e) {
            metrics.failed(pack.id(), e.code());
            throw e;
        }
    }
}
