package org.assay.whatif;

import org.assay.Defaults;
import org.assay.engine.evaluation.Fragility;
import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.evaluation.VariantSession;
import org.assay.facts.FactBinder;
import org.assay.facts.FactSet;
import org.assay.work.Deadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Which values the fragility check varies follows the pack's {@code analysis.weakEvidence}: the tiny
 * pack's south bridge rating, sourced with MEDIUM confidence, is sure enough by default, and weak
 * where the pack counts MEDIUM as weak.
 */
class WeakEvidenceTest {
    private static final String SOUTH_RATING = "Bridge.south.ratingTonnes";
    private static final String EVIDENCE = """
            evidence:
              Bridge.south.ratingTonnes: { source: T1, confidence: MEDIUM }
              Bridge.north.condition: { confidence: HIGH }
            """;

    @TempDir
    Path dir;

    @Test
    void byDefaultAValueOfMediumConfidenceIsNotVaried() throws Exception {
        Fragility fragility = fragility(EVIDENCE);

        assertNull(fragility.findings().get("LOW_RATING:south"));
        assertFalse(fragility.notChecked().contains(SOUTH_RATING));
    }

    @Test
    void aPackThatCountsMediumAsWeakVariesItAndFindsWhatHingesOnIt() throws Exception {
        Fragility fragility = fragility(EVIDENCE + "analysis:\n  weakEvidence: { confidenceAtMost: MEDIUM }\n");

        assertEquals(List.of(SOUTH_RATING), fragility.findings().get("LOW_RATING:south").stream().map(Fragility.Hinge::path).toList());
    }

    @Test
    void aPackCanTrustAConfidentValueThatNamesNoSource() throws Exception {
        Fragility byDefault = fragility(EVIDENCE);
        Fragility trusting = fragility(EVIDENCE + "analysis:\n  weakEvidence: { unsourcedIsWeak: false }\n");

        assertEquals(byDefault.factsChecked() - 1, trusting.factsChecked(), "the unsourced HIGH north condition is no longer varied");
    }

    private Fragility fragility(String yaml) throws Exception {
        Path copy = TestPacks.copy(TestPacks.DIR.resolve("tiny"), Files.createTempDirectory(dir, "pack"));
        Files.writeString(copy.resolve("pack.yaml"), yaml, StandardOpenOption.APPEND);
        Pack pack = TestPacks.load(copy);
        FactSet facts = new FactBinder(pack.schema()).bind(pack.baseline(), "baseline");
        try (VariantSession session = VariantSession.open(pack, facts, Defaults.FIRE_LIMIT)) {
            return new FragilityCheck(pack, facts, pack.manifest().evidence(), 1_000, Deadline.none()).run(session);
        }
    }
}
