package org.assay.engine.sandbox;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.DrlOutline;
import org.assay.engine.loading.Hints;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.facts.FactBinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every escape attempt in src/test/resources/escapes, each named after its trick, added to a pack
 * that otherwise loads: refused before any of it runs, at a line of the escape's own file.
 */
class SandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<String> escapes() throws IOException {
        return EscapeCorpus.names();
    }

    @BeforeEach
    @AfterEach
    void noMarker() throws IOException {
        Files.deleteIfExists(EscapeCorpus.MARKER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void everyEscapeIsRefusedBeforeItRunsAtALineOfItsFile(String escape) throws IOException {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        Files.copy(EscapeCorpus.DIR.resolve(escape), pack.resolve("escape.drl"));

        PackException refused = assertThrows(PackException.class, () -> TestPacks.load(pack), escape + " loaded");

        // Refused by the sandbox at a place in the escape's own file, or (a class that is not there, an exception Java
        // would not let pass) by the Java compiler before anything is loaded.
        List<CompileProblem> problems = refused.problems();
        assertTrue(problems.stream().allMatch(p -> !p.message().startsWith("refused") || p.file().endsWith("escape.drl") && p.line() > 0),
                problems.toString());
        EscapeCorpus.assertNothingEscaped(escape);
    }

    @Test
    void aRefusalNamesTheCallItsLineAndColumnAndWhatPolicyMayUse() throws IOException {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        Files.copy(EscapeCorpus.DIR.resolve("runtime-exec.drl"), pack.resolve("escape.drl"));

        PackException refused = assertThrows(PackException.class, () -> TestPacks.load(pack));

        CompileProblem first = refused.problems().get(0);
        assertEquals("tiny/escape.drl", first.file());
        assertEquals(11, first.line(), first.toString());
        assertEquals(13, first.column(), first.toString());
        assertTrue(first.message().startsWith("refused: 'java.lang.Runtime.getRuntime()' is not something policy code may use;"
                + " policy code may use the pack's declared types"), first.message());
    }

    @Test
    void loopsAndRecursionAreRefusedWithWhatToDoInstead() throws IOException {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        Files.copy(EscapeCorpus.DIR.resolve("unbounded-for.drl"), pack.resolve("loop.drl"));
        Files.copy(EscapeCorpus.DIR.resolve("recursive-function.drl"), pack.resolve("recursion.drl"));

        List<CompileProblem> problems = assertThrows(PackException.class, () -> TestPacks.load(pack)).problems();

        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("loop.drl") && p.line() == 11 && p.message().contains("may not loop")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("recursion.drl") && p.message().contains("may not recurse")),
                problems.toString());
        CompileProblem loop = problems.stream().filter(p -> p.message().contains("may not loop")).findFirst().orElseThrow();
        assertTrue(Hints.of(loop, DrlOutline.of(List.of()), null).contains("accumulate"), Hints.of(loop, DrlOutline.of(List.of()), null));
    }

    @Test
    void everythingPolicyNeedsPassesAndRuns() throws Exception {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        Files.copy(Path.of("src/test/resources/sandbox/allowed.drl"), pack.resolve("allowed.drl"));

        Pack loaded = TestPacks.load(pack);
        var facts = new FactBinder(loaded.schema()).bind(JSON.readTree(
                "{\"Bridge\": {\"main\": {\"condition\": \"WORN\", \"ratingTonnes\": 44, \"inspectors\": [\"ana\", \"bo\"]}}}"), "facts");
        Assessment assessment = TestPacks.evaluator().evaluate(loaded, facts, 0);

        Set<String> ids = Set.copyOf(assessment.findings().stream().map(f -> f.id()).toList());
        assertTrue(ids.containsAll(Set.of("ALLOWED:main:ana", "ALLOWED:main:bo")), ids.toString());
    }

    @Test
    void aConstraintThatElevenRulesShareLoads() throws Exception {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), dir);
        StringBuilder drl = new StringBuilder("package test.tiny\nimport org.assay.engine.outcome.Finding;\nimport org.assay.engine.outcome.Severity;\n");
        for (int i = 0; i < 11; i++) {
            // Drools notes a constraint shared by more than ten rules through PredicateInformation; the sandbox lets it.
            drl.append("rule \"Worn bridge ").append(i).append("\" @source(\"T1\") @dimension(\"structure\")\nwhen\n  $b : Bridge(condition == Condition.WORN)\n"
                    + "then\n  insertLogical(Finding.risk(\"WORN_").append(i).append("\", Severity.LOW, \"worn\"));\nend\n");
        }
        Files.writeString(pack.resolve("shared.drl"), drl);

        Pack loaded = TestPacks.load(pack);
        var facts = new FactBinder(loaded.schema()).bind(JSON.readTree("{\"Bridge\": {\"main\": {\"condition\": \"WORN\", \"ratingTonnes\": 44}}}"), "facts");
        assertTrue(TestPacks.evaluator().evaluate(loaded, facts, 0).findings().stream().anyMatch(f -> f.id().equals("WORN_10")));
    }

    @Test
    void aTrustedPackMayUseAnythingAndSaysSo() throws PackException {
        Pack trusted = new PackLoader(JSON, Set.of("trusted-reads-env")).load(TestPacks.DIR.resolve("trusted-reads-env"));
        assertTrue(trusted.warnings().stream().anyMatch(w -> w.message().startsWith("the sandbox is off")), trusted.warnings().toString());

        PackException untrusted = assertThrows(PackException.class, () -> new PackLoader(JSON).load(TestPacks.DIR.resolve("trusted-reads-env")));
        assertTrue(untrusted.problems().get(0).message().startsWith("refused: 'java.lang.System.getenv()'"), untrusted.problems().toString());
    }
}
