package org.assay.engine.sandbox;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.evaluation.Evaluator;
import org.assay.engine.evaluation.VariantSession;
import org.assay.engine.evaluation.Watchdog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.facts.FactBinder;
import org.assay.facts.FactSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Code that passes the checks but would run for hours or fill the heap inside one rule firing
 * (src/test/resources/runaways): the time limit reaches into the pack's code, and strings are
 * bounded, so each assessment stops with a reason and the worker is free again.
 */
class RunawayCodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Watchdog WATCHDOG = new Watchdog("runaway-watchdog");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flatmap-fan-out.drl", "nested-streams.drl", "string-doubling.drl", "self-containing-value.drl",
            "shared-nesting-hashed.drl", "shared-nesting-printed.drl", "string-search-quadratic.drl"})
    void theAssessmentStopsWithAReason(String runaway) throws Exception {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        Files.copy(Path.of("src/test/resources/runaways", runaway), pack.resolve("runaway.drl"));
        Pack loaded = TestPacks.load(pack);
        FactSet facts = new FactBinder(loaded.schema()).bind(JSON.readTree("{\"Bridge\": {\"b\": {\"condition\": \"GOOD\"}}}"), "facts");
        Evaluator evaluator = new Evaluator(WATCHDOG, 10_000, Duration.ofMillis(500));

        RuntimeException stopped = assertThrows(RuntimeException.class, () -> evaluator.evaluate(loaded, facts, 0));

        String why = stopped instanceof EvaluationException e ? e.code() + " " + e.getMessage() : String.valueOf(stopped);
        for (Throwable t = stopped; t != null; t = t.getCause()) {
            why += " / " + t.getMessage();
        }
        assertTrue(why.contains("time-limit") || why.contains("policy code's strings are at most") || why.contains("stack-overflow")
                || why.contains("policy code's collections hold at most") || why.contains("a search is at most"), why);
    }

    @org.junit.jupiter.api.Test
    void aVariantOfASweepStopsTooThoughNoWatchdogWatchesIt() throws Exception {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        Files.copy(Path.of("src/test/resources/runaways/nested-streams.drl"), pack.resolve("runaway.drl"));
        Pack loaded = TestPacks.load(pack);
        FactSet facts = new FactBinder(loaded.schema()).bind(JSON.readTree("{\"Bridge\": {\"b\": {\"condition\": \"GOOD\"}}}"), "facts");

        EvaluationException stopped = assertThrows(EvaluationException.class, () -> VariantSession.open(loaded, facts, 10_000));

        assertTrue(stopped.code().equals("time-limit"), stopped.code() + " " + stopped.getMessage());
    }
}
