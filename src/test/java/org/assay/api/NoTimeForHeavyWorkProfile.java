package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Heavy work has no time at all, so that every heavy request reaches its wall-clock limit at its first check. */
public class NoTimeForHeavyWorkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assay.work.heavy-time-limit", "0s");
    }
}
