package org.assay.engine.serving;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.PackException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackRehearsalTest {

    @Test
    void aPackWhoseBaselineRunsAwayIsRefusedNamingTheBaseline() throws PackException {
        Pack pack = TestPacks.load("looping-baseline");

        PackException e = assertThrows(PackException.class,
                () -> PackRehearsal.rehearse(pack, TestPacks.DIR.resolve("looping-baseline"), 1000));

        CompileProblem problem = e.problems().get(0);
        assertTrue(problem.file().endsWith("baseline.json"), problem.toString());
        assertTrue(problem.message().contains("fired 1000 times"), problem.message());
    }

    @Test
    void aSoundPackPassesItsRehearsal() throws PackException {
        Pack pack = TestPacks.load("tiny");

        assertDoesNotThrow(() -> PackRehearsal.rehearse(pack, TestPacks.DIR.resolve("tiny"), 1000));
    }
}
