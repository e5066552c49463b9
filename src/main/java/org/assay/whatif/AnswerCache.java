package org.assay.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.Assessment;
import org.assay.engine.PackManifest;

import java.util.Map;

/**
 * Earlier answers to assessment requests, kept to serve a repeated request without evaluating it
 * again. An answer is a function of the pack version (a hash of the pack's files), the resolved fact
 * set, the evidence and whether fragility was checked, so the key is exactly those; a reloaded pack
 * has a new version and never meets an old answer. Answers keep their JSON, written once, because
 * writing a large assessment costs about as much as evaluating it. Bounded by
 * {@code assay.cache.max-megabytes} of JSON (counted three times over, for the objects behind it);
 * 0 turns it off.
 */
@ApplicationScoped
public class AnswerCache {
    private static final int OBJECTS_PER_JSON_BYTE = 3;

    /** What an answer depends on. {@code facts} is the canonical JSON of the resolved fact set. */
    public record Key(String packVersion, String facts, Map<String, PackManifest.Evidence> evidence, boolean fragility) {
    }

    /** An assessment and its JSON as the API writes it. */
    public record Answer(Assessment assessment, byte[] json) {
    }

    @Inject
    AssayConfig config;

    @Inject
    ObjectMapper json;

    private Cache<Key, Answer> answers;

    @PostConstruct
    void start() {
        long maxBytes = config.cache().maxMegabytes() * 1024L * 1024L;
        answers = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, Answer>weigher((key, answer) -> (int) Math.min(Integer.MAX_VALUE,
                        2L * key.facts().length() + (long) OBJECTS_PER_JSON_BYTE * answer.json().length))
                .build();
    }

    /** The answer kept for the key, or null. */
    Answer find(Key key) {
        return answers == null ? null : answers.getIfPresent(key);
    }

    /** Writes the assessment's JSON and keeps the answer under the key. */
    Answer keep(Key key, Assessment assessment) {
        Answer answer = new Answer(assessment, write(assessment));
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
