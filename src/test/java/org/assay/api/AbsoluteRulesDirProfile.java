package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** A rules directory given as an absolute path, holding bih-nato and two packs that fail in different places. */
public class AbsoluteRulesDirProfile implements QuarkusTestProfile {
    static final Path RULES = Path.of("target/test-rules-absolute").toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        BrokenPackProfile.copy(Path.of("rules/bih-nato"), RULES.resolve("bih-nato"));
        BrokenPackProfile.copy(Path.of("src/test/resources/packs/broken-syntax"), RULES.resolve("broken-syntax"));
        BrokenPackProfile.copy(Path.of("src/test/resources/packs/bad-levers"), RULES.resolve("bad-levers"));
        return Map.of("assay.rules.dir", RULES.toString());
    }
}
