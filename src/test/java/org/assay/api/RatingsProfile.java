package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** A rules directory whose one pack rates two questions apart, with a dated snapshot and levers that say why they cost what they do. */
public class RatingsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path dir = Path.of("target/test-rules-ratings");
        BrokenPackProfile.copy(Path.of("src/test/resources/packs/two-ratings"), dir.resolve("two-ratings"));
        return Map.of("assay.rules.dir", dir.toString());
    }
}
