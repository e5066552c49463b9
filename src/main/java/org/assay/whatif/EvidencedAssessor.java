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
import org.assay.facts.FactSet;
import org.assay.store.SavedBases;

import java.util.Set;

/**
 * Serves assessment requests: the assessment itself, and unless the request opts out, which of
 * its conclusions hinge on a single weak fact. The request may say where its values come from in
 * an {@code evidence} member.
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

    public Assessment assess(String packId, JsonNode request, boolean fragility) {
        long start = System.nanoTime();
        JsonNode body = saved.expand(packId, request);
        Pack pack = packs.serving(packId);
        FactSet facts = BaseRequest.resolve(pack, body, OWN_MEMBERS);
        var evidence = EvidenceReader.read(pack, body);
        Assessment assessment = assessor.evaluate(pack, facts, System.nanoTime() - start);
        if (!fragility) {
            return assessment;
        }
        try (VariantSession session = VariantSession.open(pack, facts, config.evaluation().fireLimit())) {
            return assessment.withFragility(new FragilityCheck(pack, facts, evidence, config.evidence().maxFragilityVariants()).run(session));
        }
    }
}
