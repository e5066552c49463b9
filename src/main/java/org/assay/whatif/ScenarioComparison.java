package org.assay.whatif;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assess.Assessor;
import org.assay.assess.Recording;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.facts.FactSet;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.assay.store.SavedScenario;
import org.assay.store.ScenarioStore;
import org.assay.store.UnknownScenarioException;

import org.assay.work.Sized;

import java.util.List;

/** Compares two saved scenarios of one pack the way a what-if compares a base with its changes; both assessments are recorded. */
@ApplicationScoped
public class ScenarioComparison {

    @Inject
    ScenarioStore store;

    @Inject
    PackRegistry packs;

    @Inject
    Assessor assessor;

    /**
     * The first scenario is {@code before}, the other {@code after}; both with the pack version serving now.
     * Both are read and bound here; the assessments are left to do, sized by the larger fact set.
     */
    public Sized<WhatIfResult> prepare(String firstId, String otherId) {
        SavedScenario first = store.find(firstId).orElseThrow(() -> new UnknownScenarioException(firstId));
        SavedScenario other = store.find(otherId).orElseThrow(() -> new UnknownScenarioException(otherId));
        if (!first.pack().equals(other.pack())) {
            throw new InvalidFactsException("The scenarios are for different packs", List.of(new Violation("other",
                    "scenario " + otherId + " is for pack \"" + other.pack() + "\" and " + firstId + " for \"" + first.pack()
                            + "\"; only scenarios of one pack compare")));
        }
        Pack pack = packs.serving(first.pack());
        FactSet before = Requests.facts(pack, first.request());
        FactSet after = Requests.facts(pack, other.request());
        return new Sized<>(Math.max(before.instances().size(), after.instances().size()), 2, deadline -> {
            Assessment beforeAssessed = assessor.assess(pack, before, Recording.RECORDED, 0);
            Assessment afterAssessed = assessor.assess(pack, after, Recording.RECORDED, 0);
            return WhatIfResult.of(pack.id(), pack.version(), beforeAssessed, afterAssessed,
                    AssessmentDiff.of(beforeAssessed, before, afterAssessed, after, pack.rules()));
        });
    }
}
