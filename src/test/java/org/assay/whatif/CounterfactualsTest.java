package org.assay.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.assay.AssayConfig;
import org.assay.assess.Assessor;
import org.assay.assess.Requests;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.TestPacks;
import org.assay.work.Deadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A counterfactual search on the tiny pack, whose south bridge (30 t) needs 40 t to be READY, while
 * the pack is reloaded with a stricter rule (50 t) as soon as the search has begun.
 */
class CounterfactualsTest {

    @Test
    void aReloadDuringASearchDoesNotChangeWhichVersionVerifiesItsAnswers(@TempDir Path tmp) throws Exception {
        Pack searched = TestPacks.load("tiny");
        Path stricter = TestPacks.copy(TestPacks.DIR.resolve("tiny"), tmp);
        TestPacks.edit(stricter.resolve("rules.drl"), "ratingTonnes < 40", "ratingTonnes < 50");
        Counterfactuals counterfactuals = counterfactuals(new ReloadedOnceAsked(searched, TestPacks.load(stricter)));

        CounterfactualReport report = counterfactuals.search("tiny", new ObjectMapper().readTree(
                "{\"baseline\": true, \"target\": {\"verdictAtLeast\": \"READY\"}, \"levers\": [\"Bridge.south.ratingTonnes\"]}"),
                Deadline.none());

        assertEquals(searched.version(), report.packVersion());
        assertFalse(report.solutions().isEmpty());
        report.solutions().forEach(solution -> {
            assertTrue(solution.verified(), "checked with the version searched, under which 40 t is enough");
            assertEquals("READY", solution.verdict());
        });
    }

    /**
     * A search outside the service, whose assessor cannot record: were a verification recorded, the
     * search would fail.
     */
    private static Counterfactuals counterfactuals(PackRegistry packs) {
        Counterfactuals counterfactuals = new Counterfactuals();
        counterfactuals.packs = packs;
        counterfactuals.assessor = new Assessor(TestPacks.evaluator());
        counterfactuals.requests = new Requests();
        counterfactuals.mapper = new ObjectMapper();
        // The defaults, written as the service reads them ("30s").
        counterfactuals.config = new SmallRyeConfigBuilder().withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(AssayConfig.class).build().getConfigMapping(AssayConfig.class);
        return counterfactuals;
    }

    /** Serves one version when first asked, and the reloaded one from then on. */
    private static final class ReloadedOnceAsked extends PackRegistry {
        private final Pack first;
        private final Pack reloaded;
        private boolean asked;

        ReloadedOnceAsked(Pack first, Pack reloaded) {
            this.first = first;
            this.reloaded = reloaded;
        }

        @Override
        public Pack serving(String id) {
            Pack pack = asked ? reloaded : first;
            asked = true;
            return pack;
        }
    }
}
