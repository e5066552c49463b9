package org.assay.whatif;

import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.Grounds;
import org.assay.facts.FactRef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The input facts and the rules one outcome of an assessment rests on, as {@link Grounds} walks them. */
final class Trace {

    /**
     * What an outcome rests on.
     *
     * @param facts the input facts the rules on the way matched
     * @param rules the rules on the way
     */
    record Chain(Set<FactRef> facts, Set<String> rules) {
    }

    private final Grounds grounds;

    Trace(Assessment assessment) {
        grounds = new Grounds(assessment);
    }

    Chain ofFinding(String id) {
        Chain chain = new Chain(new LinkedHashSet<>(), new LinkedHashSet<>());
        add(grounds.ofFinding(id), chain);
        return chain;
    }

    Chain ofMeasure(String measure) {
        Chain chain = new Chain(new LinkedHashSet<>(), new LinkedHashSet<>());
        for (Grounds.Because because : grounds.ofMeasure(measure)) {
            chain.rules().add(because.reason().rule());
            chain.facts().addAll(because.inputs());
            add(because.findings(), chain);
        }
        return chain;
    }

    private static void add(List<Grounds.Ground> walked, Chain chain) {
        for (Grounds.Ground ground : walked) {
            if (ground instanceof Grounds.Raised raised) {
                chain.rules().add(raised.finding().rule());
                add(raised.matched(), chain);
            } else if (ground instanceof Grounds.Input input) {
                chain.facts().add(input.fact().ref());
            }
        }
    }
}
