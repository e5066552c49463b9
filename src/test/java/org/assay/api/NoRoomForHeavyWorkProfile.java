package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * No heavy request is admitted at all, so that every one is refused as a full queue would refuse it;
 * and an assessment is heavy from a size that the baseline with fragility (about 1,900) passes, or
 * from more than the default 200 fact instances.
 */
public class NoRoomForHeavyWorkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assay.work.heavy-requests", "0", "assay.work.heavy-above", "1000", "assay.work.retry-after", "7s");
    }
}
