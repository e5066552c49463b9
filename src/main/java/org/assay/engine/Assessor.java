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
import org.jboss.logging.Logger;

import java.util.List;

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

    private Watchdog watchdog;
    private Evaluator evaluator;
    private List<AssessmentListener> listeners;

    @PostConstruct
    void start() {
        watchdog = new Watchdog("assay-watchdog");
        evaluator = new Evaluator(watchdog, config.evaluation().fireLimit(), config.evaluation().timeLimit());
        listeners = listenerBeans.stream().toList();
    }

    @PreDestroy
    void stop() {
        watchdog.close();
    }

    /**
     * Assesses a request's body and records it: metrics and every {@link AssessmentListener}.
     *
     * @param body {@code {"facts": ...}}, {@code {"baseline": true}} or {@code {"scenario": ...}}, with optional {@code "changes"}
     */
    public Assessment assess(String packId, JsonNode body) {
        long start = System.nanoTime();
        Pack pack = packs.serving(packId);
        FactSet facts = FactRequest.resolve(body, pack.baseline(), pack.schema(), pack.scenarioChanges());
        return evaluate(pack, facts, System.nanoTime() - start);
    }

    /**
     * Assesses a body again, as a replay of the assessment log does: counted in no metric and told to
     * no listener, so that replaying the log never adds to it. The caller holds the pack, so that a
     * reload during a replay cannot mix two versions in one report.
     */
    public Assessment reassess(Pack pack, JsonNode body) {
        long start = System.nanoTime();
        FactSet facts = FactRequest.resolve(body, pack.baseline(), pack.schema(), pack.scenarioChanges());
        return evaluator.evaluate(pack, facts, System.nanoTime() - start);
    }

    /**
     * Evaluates a bound fact set with this pack and records it: metrics and every listener.
     *
     * @param bindNanos how long reading and binding the facts took, so that the timing counts it
     */
    public Assessment evaluate(Pack pack, FactSet facts, long bindNanos) {
        long start = System.nanoTime();
        try {
            Assessment assessment = evaluator.evaluate(pack, facts, bindNanos);
            metrics.record(assessment, bindNanos + System.nanoTime() - start);
            tell(assessment, facts);
            return assessment;
        } catch (EvaluationException e) {
            metrics.failed(pack.id(), e.code());
            throw e;
        }
    }

    /**
     * Records an assessment served again without evaluating, from a cache of earlier answers: it is
     * counted and told to every listener as any assessment served is, but no rule fired for it.
     *
     * @param nanos how long it took to serve
     */
    public void servedAgain(Assessment assessment, FactSet facts, long nanos) {
        metrics.servedAgain(assessment, nanos);
        // Listeners hear what this request cost: reading it and finding its answer, with no rule fired.
        tell(assessment.withTiming(new Assessment.Timing(nanos / 1000, 0, 0)), facts);
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
