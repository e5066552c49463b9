package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** A rules directory of its own, watched, holding only the tiny pack, which the sandbox doors test adds escapes to. */
public class SandboxProfile implements QuarkusTestProfile {
    static final Path RULES = Path.of("target/test-rules-sandbox");
    static final Path PACK = RULES.resolve("tiny");

    @Override
    public Map<String, String> getConfigOverrides() {
        BrokenPackProfile.copy(Path.of("src/test/resources/packs/tiny"), PACK);
        return Map.of("assay.rules.dir", RULES.toString());
    }
}
