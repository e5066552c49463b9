package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** A rules directory holding the pack one of whose rules throws in its consequence. */
public class ThrowingRuleProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path dir = Path.of("target/test-rules-throwing");
        BrokenPackProfile.copy(Path.of("src/test/resources/packs/throwing-consequence"), dir.resolve("throwing-consequence"));
        return Map.of("assay.rules.dir", dir.toString());
    }
}
