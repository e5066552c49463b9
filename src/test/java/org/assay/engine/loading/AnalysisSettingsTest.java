package org.assay.engine.loading;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;

import org.assay.engine.outcome.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pack's {@code analysis} settings: defaults when left out, read when given, and a bad one refused at load by its field. */
class AnalysisSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aPackThatSaysNothingGetsTheDefaults() throws Exception {
        AnalysisSettings settings = TestPacks.load("tiny").manifest().analysis();

        assertEquals(Confidence.LOW, settings.weakEvidence().confidenceAtMost());
        assertTrue(settings.weakEvidence().unsourcedIsWeak());
        assertEquals(1.0, settings.leverCost());
        assertEquals(List.of(FindingKind.BLOCKER, FindingKind.GAP, FindingKind.RISK, FindingKind.DATA_GAP), settings.targetKinds());
    }

    @Test
    void aPackMaySetEachOne() throws Exception {
        AnalysisSettings settings = withAnalysis("""
                analysis:
                  weakEvidence: { confidenceAtMost: MEDIUM, unsourcedIsWeak: false }
                  leverCost: 2.5
                  targetKinds: [BLOCKER]
                """).manifest().analysis();

        assertEquals(Confidence.MEDIUM, settings.weakEvidence().confidenceAtMost());
        assertEquals(false, settings.weakEvidence().unsourcedIsWeak());
        assertEquals(2.5, settings.leverCost());
        assertEquals(List.of(FindingKind.BLOCKER), settings.targetKinds());
    }

    @Test
    void aLeverCostThatIsNotPositiveIsRefusedByItsField() {
        CompileProblem problem = refused("analysis:\n  leverCost: 0\n");

        assertTrue(problem.file().endsWith("pack.yaml"), problem.file());
        assertEquals("analysis.leverCost: must be above 0, got 0.0", problem.message());
    }

    @Test
    void anUnknownConfidenceIsRefusedByItsLineAndField() {
        CompileProblem problem = refused("analysis:\n  weakEvidence:\n    confidenceAtMost: SOMETIMES\n");

        assertEquals(lines() + 3, problem.line());
        assertTrue(problem.message().startsWith("analysis.weakEvidence.confidenceAtMost: "), problem.message());
        assertTrue(problem.message().contains("SOMETIMES"), problem.message());
    }

    @Test
    void anUnknownFindingKindIsRefusedByItsPlaceInTheList() {
        CompileProblem problem = refused("analysis:\n  targetKinds: [BLOCKER, HOPE]\n");

        assertTrue(problem.message().startsWith("analysis.targetKinds[1]: "), problem.message());
    }

    @Test
    void aMisspelledSettingIsRefusedRatherThanIgnored() {
        CompileProblem problem = refused("analysis:\n  leverCosts: 2\n");

        assertTrue(problem.message().startsWith("analysis.leverCosts: "), problem.message());
    }

    private Pack withAnalysis(String yaml) throws Exception {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        Files.writeString(pack.resolve("pack.yaml"), yaml, StandardOpenOption.APPEND);
        return TestPacks.load(pack);
    }

    private CompileProblem refused(String yaml) {
        PackException e = assertThrows(PackException.class, () -> withAnalysis(yaml));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    /** The lines of the fixture's own pack.yaml, after which a test's lines start. */
    private static int lines() {
        try {
            return Files.readAllLines(TestPacks.DIR.resolve("tiny/pack.yaml")).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
