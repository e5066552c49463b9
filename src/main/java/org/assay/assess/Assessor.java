package org.assay.assess;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.evaluation.Evaluator;
import org.assay.engine.Pack;
import org.assay.engine.evaluation.Watchdog;
import org.assay.facts.FactSet;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The one door by which a resolved fact set is assessed: the engine evaluates it with the pack version
 * the caller holds, and the caller says whether the assessment is {@link Recording#RECORDED recorded}
 * (metrics and every {@link AssessmentListener}, so the assessment log) or {@link Recording#INTERNAL internal}.
 */
@ApplicationScoped
public class Assessor {
    private static final Logger LOG = Logger.getLogger(Assessor.class);

    @Inject
    AssessmentMetrics metrics;

    @Inject
    AssayConfig config;

    @Inject
    Instance<AssessmentListener> listenerBeans;

    private Watchdog watchdog;
    private Evaluator evaluator;
    private List<AssessmentListener> listeners;

    Assessor() {
        // The service's assessor, made by CDI and started below.
    }

    /**
     * An assessor outside the service, as the command line uses: with no metrics and no log to record
     * in, its assessments can only be internal.
     */
    public Assessor(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

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
     * Evaluates a fact set with this pack version. A recorded assessment gets a new {@link AssessmentIds id}, which its
     * log entry carries too; an internal one has none.
     *
     * @param bindNanos how long reading and binding the facts took, so that the timing counts it
     */
    public Assessment assess(Pack pack, FactSet facts, Recording recording, long bindNanos) {
        if (recording == Recording.INTERNAL) {
            return evaluator.evaluate(pack, facts, bindNanos);
        }
        if (metrics == null) {
            throw new IllegalStateException("an assessor outside the service has nothing to record an assessment in");
        }
        long start = System.nanoTime();
        try {
            Assessment assessment = evaluator.evaluate(pack, facts, bindNanos).withId(AssessmentIds.next());
            metrics.record(assessment, bindNanos + System.nanoTime() - start);
            tell(assessment, facts);
            return assessment;
        } catch (EvaluationException e) {
            metrics.failed(pack.id(), e.code());
            throw e;
        }
    }

    /**
     * Records an assessment served again without evaluating, from a cache of earlier answers: it is a new
     * assessment, with an id of its own, counted and told to every listener as any assessment served is, but
     * no rule fired for it.
     *
     * @param nanos how long it took to serve
     * @return the id it is recorded under
     */
    public String servedAgain(Assessment assessment, FactSet facts, long nanos) {
        String id = AssessmentIds.next();
        metrics.servedAgain(assessment, nanos);
        // Listeners hear what this request cost: reading it and finding its answer, with no rule fired.
        tell(assessment.withTiming(new Assessment.Timing(nanos / 1000, 0, 0)).withId(id), facts);
        return id;
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
