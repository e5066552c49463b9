package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.Assessment;
import org.assay.engine.Assessor;
import org.assay.engine.Pack;
import org.assay.engine.PackRegistry;
import org.assay.engine.VariantSession;
import org.assay.facts.CanonicalInput;
import org.assay.facts.FactSet;
import org.assay.store.SavedBases;

import java.util.Map;
import java.util.Set;

/**
 * Serves assessment requests: the assessment itself, and unless the request opts out, which of
 * its conclusions hinge on a single weak fact. The request may say where its values come from in
 * an {@code evidence} member. A request whose facts, evidence and options were answered before by
 * the serving pack version gets that answer again; see {@link AnswerCache}.
 */
@ApplicationScoped
public class EvidencedAssessor {
    private static final Set<String> OWN_MEMBERS = Set.of("evidence");

    @Inject
    PackRegistry packs;

    @Inject
    Assessor assessor;

    @Inject
    AssayConfig config;

    @Inject
    SavedBases saved;

    @Inject
    AnswerCache cache;

    public Assessment assess(String packId, JsonNode request, boolean fragility) {
        return answer(packId, request, fragility).answer().assessment();
    }

    /** An answer to a request, and whether it came from the cache of earlier answers. */
    public record Served(AnswerCache.Answer answer, boolean again) {
    }

    /** Answers a request: from the cache when the same facts were assessed before with this pack version, else afresh. */
    public Served answer(String packId, JsonNode request, boolean fragility) {
        long start = System.nanoTime();
        JsonNode body = saved.expand(packId, request);
        Pack pack = packs.serving(packId);
        FactSet facts = BaseRequest.resolve(pack, body, OWN_MEMBERS);
        var evidence = EvidenceReader.read(pack, body);
        // Evidence only bears on the fragility check; without it, the same facts give the same answer whatever their sources.
        AnswerCache.Key key = new AnswerCache.Key(pack.version(), CanonicalInput.json(facts), fragility ? evidence : Map.of(), fragility);
        AnswerCache.Answer known = cache.find(key);
        if (known != null) {
            assessor.servedAgain(known.assessment(), facts, System.nanoTime() - start);
            return new Served(known, true);
        }
        Assessment assessment = assessor.evaluate(pack, facts, System.nanoTime() - start);
        if (fragility) {
            try (VariantSession session = VariantSession.open(pack, facts, config.evaluation().fireLimit())) {
                assessment = assessment.withFragility(new FragilityCheck(pack, facts, evidence, config.evidence().maxFragilityVariants()).run(session));
            }
        }
        return new Served(cache.keep(key, assessment), false);
    }
}
