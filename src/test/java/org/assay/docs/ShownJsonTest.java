package org.assay.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an abridged answer in the docs is matched, and how a shown curl command is read. */
class ShownJsonTest {
    private static final String ANSWER = """
            {"pack": "bih-nato", "packVersion": "280b1c65da7c", "verdict": "BLOCKED", "timing": {"firings": 86},
             "measures": ["CONSTITUTIONAL_REFORM", "NEW_SECURITY_PACT", "DCB_OVERSIGHT"],
             "errors": [{"path": "changes.x", "message": "expected one of OPPOSED, NEUTRAL, got the string \\"HOSTILE\\""}]}
            """;

    private static boolean fits(String shown) throws Exception {
        return ShownJson.mismatch(ShownJson.read(shown), new ObjectMapper().readTree(ANSWER)).isEmpty();
    }

    @Test
    void shownMembersMustFitAndOthersAreNotChecked() throws Exception {
        assertTrue(fits("{\"pack\": \"bih-nato\", ...}"));
        assertTrue(fits("{\"timing\": {\"firings\": 86.0}}"));
        assertTrue(!fits("{\"verdict\": \"READY\"}"));
        assertTrue(!fits("{\"absent\": 1}"));
    }

    @Test
    void dotsAndPlaceholdersStandForAnyValueOrAPartOfAString() throws Exception {
        assertTrue(fits("{\"packVersion\": \"...\", \"timing\": \"<timing>\"}"));
        assertTrue(fits("{\"errors\": [{\"message\": \"expected one of ...got the string \\\"HOSTILE\\\"\"}]}"));
        assertTrue(!fits("{\"errors\": [{\"message\": \"expected two...\"}]}"));
    }

    @Test
    void anArrayIsExactUnlessDotsAbridgeIt() throws Exception {
        assertTrue(fits("{\"measures\": [\"CONSTITUTIONAL_REFORM\", ..., \"DCB_OVERSIGHT\"]}"));
        assertTrue(fits("{\"measures\": [..., \"NEW_SECURITY_PACT\", ...]}"));
        assertTrue(!fits("{\"measures\": [\"CONSTITUTIONAL_REFORM\", \"DCB_OVERSIGHT\"]}"));
        assertTrue(!fits("{\"measures\": [\"DCB_OVERSIGHT\", ..., \"CONSTITUTIONAL_REFORM\"]}"));
        assertTrue(fits("{\"errors\": [{\"path\": \"changes.x\"}]}"));
    }

    @Test
    void aCurlCommandIsReadAsAShellWouldWithKeptValues() {
        DocExamples.Request request = DocExamples.request(1,
                "curl -s -u analyst -X PATCH \"localhost:8080/api/v1/scenarios/$ID\" -H 'Content-Type: application/merge-patch+json' "
                        + "-d '{\"title\": \"it'\\''s\"}'   # rename", Map.of("ID", "42"));
        assertEquals("PATCH", request.method());
        assertEquals("/api/v1/scenarios/42", request.path());
        assertEquals("analyst", request.user());
        assertEquals("{\"title\": \"it's\"}", request.body());
        assertEquals(Map.of("Content-Type", "application/merge-patch+json"), request.headers());
        DocExamples.Request kept = DocExamples.request(1,
                "ID=$(curl -s -X POST localhost:8080/api/v1/scenarios -d '{}' | jq -r .id)", Map.of());
        assertEquals(List.of("ID", "id", "POST"), List.of(kept.keepAs(), kept.keepMember(), kept.method()));
    }
}
