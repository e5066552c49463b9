package org.assay.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resolved fact set as canonical JSON (types, ids and fields in name order, no whitespace), and its
 * SHA-256: two requests that reach the same facts, by whatever route, log the same input and hash,
 * and share one cached answer.
 */
public final class CanonicalInput {
    // A mapper of its own, so that the service's JSON settings can never change what the hash covers.
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private CanonicalInput() {
    }

    /** The fact set as {@code {"Type": {"id": {"field": value}}}}, which a {@code {"facts": ...}} request reads back. */
    public static String json(FactSet facts) {
        Map<String, Map<String, Map<String, Object>>> types = new TreeMap<>();
        for (FactSet.Instance instance : facts.instances()) {
            types.computeIfAbsent(instance.type(), t -> new TreeMap<>()).put(instance.id(), new TreeMap<>(instance.values()));
        }
        try {
            return CANONICAL.writeValueAsString(types);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bound fact set holds only JSON values", e);
        }
    }

    public static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
