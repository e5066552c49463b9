package org.assay.assess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.loading.PackManifest;
import org.assay.facts.FactSet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Earlier answers to assessment requests, kept to serve a repeated request without evaluating it
 * again. An answer is a function of the pack version (a hash of the pack's files), the resolved fact
 * set, the evidence and whether fragility was checked, so the key is exactly those; a reloaded pack
 * has a new version and never meets an old answer. Answers keep their JSON, written once, because
 * writing a large assessment costs about as much as evaluating it. A body that comes again byte for
 * byte is found before it is even parsed, by its bytes: reading, binding and keying a request made
 * most of the garbage of a repeated one. Bounded by
 * {@code assay.cache.max-megabytes} of JSON (counted three times over, for the objects behind it);
 * 0 turns it off.
 */
@ApplicationScoped
public class AnswerCache {
    private static final int OBJECTS_PER_JSON_BYTE = 3;

    /** What an answer depends on. {@code facts} is the canonical JSON of the resolved fact set. */
    public record Key(String packVersion, String facts, Map<String, PackManifest.Evidence> evidence, boolean fragility) {
    }

    /**
     * An assessment and its JSON as the API writes it, both without an id: each time the answer is served it is
     * a new assessment with an id of its own.
     */
    public record Answer(Assessment assessment, byte[] json) {

        /**
         * The JSON with this serving's id as its first member. Writing a large assessment costs about as much as
         * evaluating it, so the id is put in front of the bytes kept rather than written with them: one copy of the
         * bytes, nothing parsed or written again. An assessment's JSON is an object with members, so it starts with
         * {@code {} and the id's member ends with a comma; an id is a UUID, which needs no escaping.
         */
        public byte[] jsonWithId(String id) {
            byte[] member = ("{\"id\":\"" + id + "\",").getBytes(StandardCharsets.US_ASCII);
            byte[] served = new byte[member.length + json.length - 1];
            System.arraycopy(member, 0, served, 0, member.length);
            System.arraycopy(json, 1, served, member.length, json.length - 1);
            return served;
        }
    }

    /** A request body exactly as it came, with the pack version and option that answered it. */
    private record BodyKey(String packVersion, boolean fragility, Body body) {
    }

    /** Bytes compared by content. */
    private record Body(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Body that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    /** What a body resolved to and the answer it got. */
    record Remembered(Answer answer, FactSet facts) {
    }

    @Inject
    AssayConfig config;

    @Inject
    ObjectMapper json;

    private Cache<Key, Answer> answers;
    private Cache<BodyKey, Remembered> bodies;

    @PostConstruct
    void start() {
        long maxBytes = config.cache().maxMegabytes() * 1024L * 1024L;
        answers = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, Answer>weigher((key, answer) -> (int) Math.min(Integer.MAX_VALUE,
                        2L * key.facts().length() + (long) OBJECTS_PER_JSON_BYTE * answer.json().length))
                .build();
        // Bodies weigh only their bytes (twice, for the key's copy); the answers they point to are counted above.
        bodies = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes / 4)
                .<BodyKey, Remembered>weigher((key, remembered) -> 2 * key.body().bytes().length + 64)
                .build();
    }

    /** The answer a byte-identical body got from this pack version with this option, or null. */
    Remembered find(String packVersion, boolean fragility, byte[] body) {
        return bodies == null ? null : bodies.getIfPresent(new BodyKey(packVersion, fragility, new Body(body)));
    }

    void remember(String packVersion, boolean fragility, byte[] body, Answer answer, FactSet facts) {
        if (bodies != null) {
            bodies.put(new BodyKey(packVersion, fragility, new Body(body.clone())), new Remembered(answer, facts));
        }
    }

    /** The answer kept for the key, or null. */
    Answer find(Key key) {
        return answers == null ? null : answers.getIfPresent(key);
    }

    /** Writes the assessment's JSON, without its id, and keeps the answer under the key. */
    Answer keep(Key key, Assessment assessment) {
        Assessment unnamed = assessment.withId(null);
        Answer answer = new Answer(unnamed, write(unnamed));
        if (answers != null) {
            answers.put(key, answer);
        }
        return answer;
    }

    private byte[] write(Assessment assessment) {
        try {
            return json.writeValueAsBytes(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment is plain data and always writes as JSON", e);
        }
    }
}
