package org.assay.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Assesses a request's fact set with the pack that serves it: resolve, bind, evaluate, record. */
@ApplicationScoped
public class Assessor {
    private static final Logger LOG = Logger.getLogger(Assessor.class);

    @Inject
    PackRegistry packs;

    @Inject
    AssessmentMetrics metrics;

    @Inject
    AssayConfig config;

    @Inject
    Instance<AssessmentListener> listenerBeans;

    private ScheduledExecutorService watchdog;
    private Evaluator evaluator;
    private List<AssessmentListener> listeners;

    @PostConstruct
    void start() {
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "assay-watchdog");
            t.setDaemon(true);
            return t;
        });
        evaluator = new Evaluator(watchdog, config.evaluation().fireLimit(), config.evaluation().timeLimit());
        listeners = listenerBeans.stream().toList();
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /**
     * @param body {@code {"facts": ...}} or {@code {"baseline": true, "changes": ...}}
     */
    public Assessment assess(String packId, JsonNode body) {
        return assess(packId, body, true);
    }

    /**
     * Assesses a body again, as a replay of the assessment log does: counted in no metric and told to
     * no listener, so that replaying the log never adds to it.
     */
    public Assessment reassess(String packId, JsonNode body) {
        return assess(packId, body, false);
    }

    private Assessment assess(String packId, JsonNode body, boolean served) {
        long start = System.nanoTime();
        Pack pack = packs.serving(packId);
        if (body != null && (body.path("baseline").asBoolean(false) || body.has("scenario")) && pack.baseline() == null) {
            throw new InvalidFactsException("The pack has no baseline",
                    List.of(new Violation("baseline", "pack \"" + packId + "\" has no baseline.json; send \"facts\" instead")));
        }
        FactSet facts = FactRequest.resolve(body, pack.baseline(), pack.schema(), pack.scenarioChanges());
        try {
            Assessment assessment = evaluator.evaluate(pack, facts, System.nanoTime() - start);
            if (served) {
                metrics.record(assessment, System.nanoTime() - start);
                tell(assessment, facts);
            }
            return assessment;
        } catch (EvaluationException e) {
            if (served) {
                metrics.failed(packId, e.code());
            }
            throw e;
        }
    }

    private void tell(Assessment assessment, FactSet facts) {
        for (AssessmentListener listener : listeners) {
            try {
                listener.assessed(assessment, facts);
            } catch (RuntimeException e) {
                LOG.warnf(e, "An assessment listener failed; the assessment is served regardless");
            }
        }
    }
}
