package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** An operator who lets one origin's page call the API, as docs/operations.md describes. */
public class CorsOriginsProfile implements QuarkusTestProfile {
    static final String ALLOWED = "https://analyst.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", ALLOWED);
    }
}
