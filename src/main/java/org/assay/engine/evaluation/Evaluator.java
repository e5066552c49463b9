package org.assay.engine.evaluation;

import org.assay.engine.Pack;
import org.assay.engine.sandbox.PolicyBudget;

import org.assay.facts.FactSet;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates one fact set in a fresh session over the pack's shared rule base. Runaway rules are
 * stopped between firings by a fire limit and a wall-clock watchdog; a loop inside a single
 * consequence cannot be stopped in process, which is why packs are checked before they load.
 */
public final class Evaluator {
    private static final int BLAMED_RULES = 5;

    private final Watchdog watchdog;
    private final int fireLimit;
    private final Duration timeLimit;

    public Evaluator(Watchdog watchdog, int fireLimit, Duration timeLimit) {
        this.watchdog = watchdog;
        this.fireLimit = fireLimit;
        this.timeLimit = timeLimit;
    }

    public Assessment evaluate(Pack pack, FactSet facts, long bindNanos) {
        long start = System.nanoTime();
        FactInstantiator.Inputs inputs = pack.instantiator().instantiate(facts);
        FiringRecorder recorder = new FiringRecorder();
        KieSession session = pack.newSession();
        try {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            // Constraints run as facts are inserted, so the limit covers the inserts too.
            PolicyBudget budget = PolicyBudget.begin();
            Watchdog.Alarm alarm = watchdog.arm(timeLimit, () -> {
                budget.spend();
                session.halt();
            });
            int fired;
            try {
                inputs.facts().forEach(session::insert);
                fired = session.fireAllRules(fireLimit);
            } catch (StackOverflowError e) {
                throw new EvaluationException(EvaluationException.Reason.STACK_OVERFLOW, "the pack's code went too deep: a value that contains itself,"
                        + " printed or compared", List.of());
            } catch (RuntimeException e) {
                if (!PolicyBudget.stoppedBy(e)) {
                    throw e instanceof ConsequenceException failed ? RuleFailure.of(pack.id(), failed) : e;
                }
                fired = 0; // the alarm went off: reported below as the time limit

            } finally {
                alarm.disarm();
                budget.end();
            }
            if (alarm.wentOff()) {
                throw runaway(EvaluationException.Reason.TIME_LIMIT, "the rules ran longer than the time limit of " + timeLimit.toMillis() + " ms", recorder);
            }
            if (fired >= fireLimit) {
                throw runaway(EvaluationException.Reason.FIRE_LIMIT, "the rules fired " + fired + " times, the limit; some rules keep re-activating each other", recorder);
            }
        } finally {
            session.dispose();
        }
        long evaluated = System.nanoTime() - start;
        return new Explainer(pack, inputs.instances()).explain(recorder, new Assessment.Timing(bindNanos / 1000, evaluated / 1000, recorder.firings().size()));
    }

    private static EvaluationException runaway(EvaluationException.Reason reason, String message, FiringRecorder recorder) {
        Map<String, Long> counts = recorder.firings().stream()
                .collect(Collectors.groupingBy(FiringRecorder.Fired::rule, Collectors.counting()));
        List<String> blamed = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(BLAMED_RULES)
                .map(e -> e.getKey() + " (fired " + e.getValue() + " times)")
                .toList();
        return new EvaluationException(reason, message, blamed);
    }
}
