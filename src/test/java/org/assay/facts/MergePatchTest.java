package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MergePatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void changesAddsAndRemovesFieldsAndInstances() throws Exception {
        JsonNode base = json("{\"A\": {\"x\": {\"n\": 1, \"m\": 2}, \"y\": {\"n\": 3}}}");
        JsonNode patch = json("{\"A\": {\"x\": {\"n\": 5, \"m\": null, \"k\": true}, \"y\": null, \"z\": {\"n\": 0}}}");

        assertEquals(json("{\"A\": {\"x\": {\"n\": 5, \"k\": true}, \"z\": {\"n\": 0}}}"), MergePatch.apply(base, patch));
    }

    @Test
    void leavesTheBaseUntouched() throws Exception {
        JsonNode base = json("{\"A\": {\"x\": {\"n\": 1}}}");

        MergePatch.apply(base, json("{\"A\": {\"x\": {\"n\": 2}}}"));

        assertEquals(json("{\"A\": {\"x\": {\"n\": 1}}}"), base);
    }

    @Test
    void replacesArraysWhole() throws Exception {
        assertEquals(json("{\"l\": [3]}"), MergePatch.apply(json("{\"l\": [1, 2]}"), json("{\"l\": [3]}")));
    }
}
