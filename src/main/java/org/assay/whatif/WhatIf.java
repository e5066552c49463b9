package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.engine.Assessment;
import org.assay.engine.Assessor;
import org.assay.engine.Pack;
import org.assay.engine.PackRegistry;
import org.assay.facts.FactRequest;
import org.assay.facts.FactSet;
import org.assay.store.SavedBases;
import org.assay.work.Sized;

/** Assesses a base with and without changes, with one version of the pack, and explains the difference. */
@ApplicationScoped
public class WhatIf {

    @Inject
    PackRegistry packs;

    @Inject
    Assessor assessor;

    @Inject
    SavedBases saved;

    /**
     * Reads and binds a what-if; the two assessments and their difference are left to do, sized by the larger fact set.
     *
     * @param body a base ({@code "facts"}, {@code "baseline": true} or {@code "scenario"}) and {@code "changes"}
     */
    public Sized<WhatIfResult> prepare(String packId, JsonNode body) {
        long start = System.nanoTime();
        Pack pack = packs.serving(packId);
        FactRequest request = FactRequest.readWithChanges(saved.expandToFacts(pack, body), pack.baseline(), pack.schema(), pack.scenarioChanges());
        FactSet base = request.base();
        long baseBound = System.nanoTime();
        // Both are bound before either is evaluated, so that a fault in the changes costs no evaluation.
        FactSet changed = request.facts();
        long changedBound = System.nanoTime();
        return new Sized<>(Math.max(base.instances().size(), changed.instances().size()), 2, deadline -> {
            Assessment before = assessor.evaluate(pack, base, baseBound - start);
            Assessment after = assessor.evaluate(pack, changed, changedBound - baseBound);
            return new WhatIfResult(pack.id(), pack.version(), before, after,
                    AssessmentDiff.of(before, base, after, changed, pack.rules()));
        });
    }
}
