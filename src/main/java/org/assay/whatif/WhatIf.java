package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assess.Assessor;
import org.assay.assess.Question;
import org.assay.assess.Recording;
import org.assay.assess.Request;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.facts.FactSet;
import org.assay.work.Sized;

import java.util.Set;

/**
 * Assesses a base with and without changes, with one version of the pack, and explains the difference.
 * Both assessments are the user's own, so both are recorded.
 */
@ApplicationScoped
public class WhatIf {

    @Inject
    PackRegistry packs;

    @Inject
    Assessor assessor;

    @Inject
    Requests requests;

    /**
     * Reads and binds a what-if; the two assessments and their difference are left to do, sized by the larger fact set.
     *
     * @param body a base ({@code "facts"}, {@code "baseline": true}, {@code "scenario"} or {@code "saved"}) and {@code "changes"}
     */
    public Sized<WhatIfResult> prepare(String packId, JsonNode body) {
        long start = System.nanoTime();
        Pack pack = packs.serving(packId);
        Request request = requests.read(pack, body, Question.BASE_AND_CHANGES, Set.of());
        FactSet base = request.base();
        long baseBound = System.nanoTime();
        // Both are bound before either is evaluated, so that a fault in the changes costs no evaluation.
        FactSet changed = request.facts();
        long changedBound = System.nanoTime();
        return new Sized<>(Math.max(base.instances().size(), changed.instances().size()), 2, deadline -> {
            Assessment before = assessor.assess(pack, base, Recording.RECORDED, baseBound - start);
            Assessment after = assessor.assess(pack, changed, Recording.RECORDED, changedBound - baseBound);
            return WhatIfResult.of(pack.id(), pack.version(), before, after,
                    AssessmentDiff.of(before, base, after, changed, pack.rules()));
        });
    }
}
