package org.assay.assess;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.evaluation.VariantSession;
import org.assay.facts.CanonicalInput;
import org.assay.facts.FactSet;
import org.assay.whatif.FragilityCheck;
import org.assay.work.Deadline;
import org.assay.work.Sized;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Serves assessment requests: the assessment itself, and unless the request opts out, which of
 * its conclusions hinge on a single weak fact. The request may say where its values come from in
 * an {@code evidence} member. A request whose facts, evidence and options were answered before by
 * the serving pack version gets that answer again; see {@link AnswerCache}.
 */
@ApplicationScoped
public class EvidencedAssessor {
    private static final Set<String> OWN_MEMBERS = Set.of("evidence");
    private static final byte[] SAVED = "saved".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNICODE_ESCAPE = "\\u".getBytes(StandardCharsets.UTF_8);

    @Inject
    PackRegistry packs;

    @Inject
    Assessor assessor;

    @Inject
    AssayConfig config;

    @Inject
    Requests requests;

    @Inject
    AnswerCache cache;

    /**
     * Assesses a request already read as JSON, as a batch item is, with the pack version the batch holds;
     * the fragility check stops at the deadline.
     */
    public Assessment assess(Pack pack, JsonNode request, boolean fragility, Deadline deadline) {
        return finish(resolve(pack, request, fragility, System.nanoTime()), deadline).assessment();
    }

    /**
     * An answer to a request, the id it is recorded under, and whether it came from the cache of earlier answers.
     * A cached answer served again is a new assessment: a new id and a new log entry.
     */
    public record Served(AnswerCache.Answer answer, String id, boolean again) {

        /** The answer's JSON with this assessment's id, as it is sent. */
        public byte[] json() {
            return answer.jsonWithId(id);
        }

        public Assessment assessment() {
            return answer.assessment().withId(id);
        }
    }

    /**
     * Reads a request as its body came and finds its answer if the same bytes, or the same facts, were
     * assessed before with the pack version serving now; else leaves the assessment to be done with that
     * version, with its size.
     *
     * @param parse reads the body as JSON, with the API's limits and errors
     */
    public Sized<Served> prepare(String packId, byte[] body, Function<byte[], JsonNode> parse, boolean fragility) {
        long start = System.nanoTime();
        // A saved scenario can change under the same body, so such bodies are always read; so is any body
        // with a unicode escape, which could spell the member's name in other bytes.
        boolean byBytes = !contains(body, SAVED) && !contains(body, UNICODE_ESCAPE);
        Pack pack = packs.serving(packId);
        AnswerCache.Remembered remembered = byBytes ? cache.find(pack.version(), fragility, body) : null;
        if (remembered != null) {
            String id = assessor.servedAgain(remembered.answer().assessment(), remembered.facts(), System.nanoTime() - start);
            return Sized.done(new Served(remembered.answer(), id, true));
        }
        Resolved resolved = resolve(pack, parse.apply(body), fragility, start);
        // An answer found by its facts costs nothing more, however many facts it has.
        long facts = resolved.known() != null ? 0 : resolved.facts().instances().size();
        return new Sized<>(facts, variants(resolved), deadline -> {
            Served served = finish(resolved, deadline);
            if (byBytes) {
                cache.remember(pack.version(), fragility, body, served.answer(), resolved.facts());
            }
            return served;
        });
    }

    /** A request resolved to its facts: answered from the cache ({@code known}), or still to evaluate. */
    private record Resolved(Pack pack, FactSet facts, Map<String, PackManifest.Evidence> evidence, AnswerCache.Key key,
                            boolean fragility, long start, Served known) {
    }

    /** How many variants of its facts a resolved request assesses: none when answered, one, and up to one per value for fragility. */
    private long variants(Resolved resolved) {
        if (resolved.known() != null) {
            return 0;
        }
        long values = resolved.facts().instances().stream().mapToLong(i -> i.values().size()).sum();
        return 1 + (resolved.fragility() ? Math.min(values, config.evidence().maxFragilityVariants()) : 0);
    }

    private Served finish(Resolved resolved, Deadline deadline) {
        if (resolved.known() != null) {
            return resolved.known();
        }
        Pack pack = resolved.pack();
        FactSet facts = resolved.facts();
        Assessment assessment = assessor.assess(pack, facts, Recording.RECORDED, System.nanoTime() - resolved.start());
        if (resolved.fragility()) {
            try (VariantSession session = VariantSession.open(pack, facts, config.evaluation().fireLimit())) {
                assessment = assessment.withFragility(new FragilityCheck(pack, facts, resolved.evidence(),
                        config.evidence().maxFragilityVariants(), deadline).run(session));
            }
        }
        return new Served(cache.keep(resolved.key(), assessment), assessment.id(), false);
    }

    private Resolved resolve(Pack pack, JsonNode body, boolean fragility, long start) {
        Request request = requests.read(pack, body, Question.FACTS, OWN_MEMBERS);
        FactSet facts = request.facts();
        var evidence = request.evidence();
        // Evidence only bears on the fragility check; without it, the same facts give the same answer whatever their sources.
        AnswerCache.Key key = new AnswerCache.Key(pack.version(), CanonicalInput.json(facts), fragility ? evidence : Map.of(), fragility);
        AnswerCache.Answer known = cache.find(key);
        Served again = known == null ? null : new Served(known, assessor.servedAgain(known.assessment(), facts, System.nanoTime() - start), true);
        return new Resolved(pack, facts, evidence, key, fragility, start, again);
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
