package org.assay.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrlSafetyCheckTest {

    private static List<CompileProblem> check(String consequence) {
        String drl = "package test\n\nrule \"r\" @source(\"T1\")\nwhen\nthen\n    " + consequence + "\nend\n";
        return DrlSafetyCheck.check(List.of(new DrlFile("rules.drl", drl)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "System.exit(0);                                            | 'System.exit'",
            "java.lang.System . exit(0);                                | 'System . exit'",
            "String home = System.getenv(\"HOME\");                      | 'System.getenv'",
            "Runtime.getRuntime().halt(1);                              | 'Runtime'",
            "new ProcessBuilder(\"sh\").start();                         | 'ProcessBuilder'",
            "new Thread(() -> {}).start();                              | 'Thread'",
            "java.util.concurrent.Executors.newSingleThreadExecutor();  | 'Executors'",
            "Class.forName(\"x.Y\");                                     | 'Class.forName'",
            "Object o = $f.getClass();                                  | '.getClass('",
            "Object m = String.class.getDeclaredMethods();              | '.getDeclaredMethods('",
            "java.nio.file.Files.delete(null);                          | 'java.nio'",
            "new java.io.File(\"/tmp/x\").delete();                      | 'java.io'",
            "new java.net.Socket(\"example.org\", 80);                   | 'java.net'",
            "javax.script.ScriptEngine e = null;                        | 'javax.script'",
            "sun.misc.Unsafe u = null;                                  | 'sun.misc'",
            "while (true) { }                                           | 'while (true)'",
            "for (int i = 0; ; i++) { }                                 | 'for (int i = 0; ;'",
            "for(;;){}                                                  | 'for(;;'",
    })
    void refusesWhatReachesOutsideTheRulesNamingItsLineAndColumn(String consequence, String named) {
        List<CompileProblem> problems = check(consequence);
        assertTrue(!problems.isEmpty(), "nothing refused in " + consequence);
        CompileProblem first = problems.get(0);
        assertEquals(6, first.line());
        assertEquals(5 + consequence.indexOf(named), first.column(), first.toString());
        assertTrue(first.message().startsWith("refused by the safety check: '" + named + "'"), first.message());
    }

    @Test
    void refusesTheStrOperatorThatFailsAfterTwentyEvaluations() {
        String drl = "package test\nrule \"r\" @source(\"T1\")\nwhen\n    Finding(id str[startsWith] \"VETO\")\nthen\nend\n";
        List<CompileProblem> problems = DrlSafetyCheck.check(List.of(new DrlFile("rules.drl", drl)));
        assertEquals(1, problems.size());
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("startsWith"), problems.get(0).message());
    }

    @Test
    void refusesAUnicodeEscapeEvenInAString() {
        List<CompileProblem> problems = check("String s = \"\\u0022; System.exit(0); //\";");
        assertTrue(problems.get(0).message().contains("unicode escape"), problems.toString());
    }

    @Test
    void commentsStringsAndHarmlessCallsPass() {
        assertEquals(List.of(), check("""
                // System.exit(0) would end the service; /* Runtime */ neither runs
                    String why = "while (true) a Thread may call System.exit or java.io";
                    String who = 'Class.forName';
                    System.out.println(String.format("%s %s", why, who.length()));"""));
    }

    @Test
    void aPackSkipsTheCheckOnlyWhenItsManifestAndTheOperatorBothTrustIt() throws PackException {
        ObjectMapper json = new ObjectMapper();
        PackException refused = assertThrows(PackException.class, () -> new PackLoader(json).load(TestPacks.DIR.resolve("trusted-reads-env")));
        assertTrue(refused.problems().get(0).toString().endsWith("rules.drl:9:68 refused by the safety check: 'System.getenv'"
                + " reaches the process or its environment"), refused.problems().get(0).toString());

        Pack trusted = new PackLoader(json, Set.of("trusted-reads-env")).load(TestPacks.DIR.resolve("trusted-reads-env"));
        assertTrue(trusted.warnings().stream().anyMatch(w -> w.message().startsWith("the DRL safety check is skipped")), trusted.warnings().toString());
    }
}
