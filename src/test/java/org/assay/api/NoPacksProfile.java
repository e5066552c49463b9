package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A service started where its rules directory does not exist, as from another folder than the repository's. */
public class NoPacksProfile implements QuarkusTestProfile {
    static final String RULES = "target/no-rules-here";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assay.rules.dir", RULES);
    }
}
