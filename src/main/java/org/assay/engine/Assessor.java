package org.assay.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;

import java.util.List;
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
     * @param body {@code {"facts": ...}} or {@code {"baseline": true, "changes": ...}}
     */
    public Assessment assess(String packId, JsonNode body) {
        long start = System.nanoTime();
        Pack pack = packs.serving(packId);
        if (body != null && (body.path("baseline").asBoolean(false) || body.has("scenario")) && pack.baseline() == null) {
            throw new InvalidFactsException("The pack has no baseline",
                    List.of(new Violation("baseline", "pack \"" + packId + "\" has no baseline.json; send \"facts\" instead")));
        }
        FactSet facts = FactRequest.resolve(body, pack.baseline(), pack.schema(), pack.scenarioChanges());
        return assess(pack, facts, start);
    }

    /**
     * Assesses a resolved fact set with a pack version already picked.
     *
     * @param start when the request began, by {@link System#nanoTime()}, so binding counts in the timing
     */
    public Assessment assess(Pack pack, FactSet facts, long start) {
        try {
            Assessment assessment = evaluator.evaluate(pack, facts, System.nanoTime() - start);
            metrics.record(assessment, System.nanoTime() - start);
            return assessment;
        } catch (EvaluationException e) {
            metrics.failed(pack.id(), e.code());
            throw e;
        }
    }
}
