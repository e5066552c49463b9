package org.assay.engine.serving;

import org.assay.engine.Pack;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.evaluation.Evaluator;
import org.assay.engine.evaluation.Watchdog;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackReader;
import org.assay.engine.loading.Scenario;

import org.assay.facts.FactBinder;
import org.assay.facts.FactSet;
import org.assay.facts.MergePatch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Assesses a freshly compiled pack's baseline and named scenarios before it may serve: a pack
 * whose rules reach no verdict or run away on its own reference facts is refused like one that does
 * not compile. The repeated baseline runs also warm the rule base, so that the first real requests
 * do not pay for class loading and constraint compilation and run into the time limit.
 */
public final class PackRehearsal {
    private static final int WARM_UP_RUNS = 20;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private PackRehearsal() {
    }

    public static void rehearse(Pack pack, Path dir, int fireLimit) throws PackException {
        if (pack.baseline() == null) {
            return;
        }
        try (Watchdog watchdog = new Watchdog("assay-rehearsal")) {
            Evaluator evaluator = new Evaluator(watchdog, fireLimit, PATIENCE);
            FactBinder binder = new FactBinder(pack.schema());
            FactSet baseline = binder.bind(pack.baseline(), PackReader.BASELINE);
            for (int run = 0; run < WARM_UP_RUNS; run++) {
                assess(evaluator, pack, baseline, dir.resolve(PackReader.BASELINE));
            }
            for (Scenario scenario : pack.scenarios().values()) {
                FactSet facts = binder.bind(MergePatch.apply(pack.baseline(), scenario.changes()), "changes");
                assess(evaluator, pack, facts, dir.resolve(PackReader.SCENARIOS).resolve(scenario.name() + ".json"));
            }
        }
    }

    private static void assess(Evaluator evaluator, Pack pack, FactSet facts, Path file) throws PackException {
        try {
            evaluator.evaluate(pack, facts, 0);
        } catch (EvaluationException e) {
            throw new PackException(file.toString(), "the rules cannot assess these facts: " + e.getMessage()
                    + (e.rules().isEmpty() ? "" : " " + e.rules()));
        }
    }
}
