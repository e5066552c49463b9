package org.assay.engine.evaluation;

import org.assay.engine.Pack;
import org.assay.facts.FactSet;
import org.kie.api.KieBase;

import java.util.List;

/**
 * The benchmarks' way to a pack's compiled rule base and its fact objects. The engine keeps the fact
 * objects to itself (only engine touches Drools); the bare {@code execute} that an assessment is measured
 * against needs exactly them, so this one class in the benchmark sources shares the evaluation package.
 */
public final class BenchDoor {
    private BenchDoor() {
    }

    public static KieBase kieBase(Pack pack) {
        return pack.kieBase();
    }

    /** The fact objects an assessment of these facts inserts, in the same order. */
    public static List<Object> facts(Pack pack, FactSet facts) {
        return pack.instantiator().instantiate(facts).facts();
    }
}
