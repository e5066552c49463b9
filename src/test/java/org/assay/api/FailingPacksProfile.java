package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** A rules directory holding packs that cannot evaluate some fact sets: one of its rules throws, or no rule reaches a verdict. */
public class FailingPacksProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path dir = Path.of("target/test-rules-throwing");
        BrokenPackProfile.copy(Path.of("src/test/resources/packs/throwing-consequence"), dir.resolve("throwing-consequence"));
        BrokenPackProfile.copy(Path.of("src/test/resources/packs/verdict-gap"), dir.resolve("verdict-gap"));
        return Map.of("assay.rules.dir", dir.toString());
    }
}
