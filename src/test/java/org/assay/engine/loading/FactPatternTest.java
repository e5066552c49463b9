package org.assay.engine.loading;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.evaluation.Assessment;

import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Severity;
import org.assay.facts.FactSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which facts a pattern a rule tests without matching could be satisfied by: literal comparisons are judged,
 * what cannot be judged without running it leaves every fact of the type a candidate.
 */
class FactPatternTest {
    @TempDir
    static Path tmp;
    private static Pack pack;

    @BeforeAll
    static void load() throws IOException, PackException {
        Path dir = Files.createDirectories(tmp.resolve("patterns"));
        Files.writeString(dir.resolve("pack.yaml"), "id: patterns\ntitle: Patterns\nsources:\n  T1: \"Test fixture\"\n");
        Files.writeString(dir.resolve("rules.drl"), """
                package test.patterns
                import java.util.List;
                import org.assay.engine.outcome.Finding;
                import org.assay.engine.outcome.FindingKind;
                import org.assay.engine.outcome.Severity;
                declare enum Stance OPPOSED, NEUTRAL; end
                declare Veto
                    id : String
                    active : Boolean = null
                    stance : Stance
                    seats : Integer = null
                end
                rule "Serious gaps" @source("T1") when
                    not Finding(kind in (FindingKind.GAP, FindingKind.RISK), severity != Severity.LOW)
                then end
                rule "Active opposed vetoes" @source("T1") when
                    $all : List() from collect(Veto(active == true, stance == Stance.OPPOSED || seats >= 10))
                then end
                rule "Vetoes like the first" @source("T1") when
                    $v : Veto(id == "first")
                    exists Veto(seats > $v.seats, id not in ("first", "second"))
                then end
                rule "Anything but strengths" @source("T1") when
                    not (Finding(kind != FindingKind.STRENGTH) or Veto(!(active == true)))
                then end
                """);
        pack = TestPacks.load(dir);
    }

    private static FactPattern pattern(String rule, int index) {
        return pack.rules().get(rule).unmatched().get(index);
    }

    private static Assessment.AssessedFinding finding(FindingKind kind, Severity severity) {
        return new Assessment.AssessedFinding("F", kind, severity, null, null, "m", "r", null, List.of(), List.of());
    }

    private static FactSet.Instance veto(String id, Object... fieldsAndValues) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new FactSet.Instance("Veto", id, values);
    }

    @Test
    void aFindingPatternJudgesKindAndSeverity() {
        FactPattern serious = pattern("Serious gaps", 0);

        assertTrue(serious.testsFindings());
        assertTrue(serious.mayMatch(finding(FindingKind.RISK, Severity.HIGH)));
        assertFalse(serious.mayMatch(finding(FindingKind.RISK, Severity.LOW)));
        assertFalse(serious.mayMatch(finding(FindingKind.BLOCKER, Severity.CRITICAL)));
        assertFalse(serious.mayMatch((Assessment.AssessedFinding) null), "a finding that is not there satisfies nothing");
    }

    @Test
    void anInputPatternJudgesEnumsBooleansNumbersAndAbsentValues() {
        FactPattern opposed = pattern("Active opposed vetoes", 0);

        assertTrue(opposed.mayMatch(veto("a", "active", true, "stance", "OPPOSED")));
        assertTrue(opposed.mayMatch(veto("a", "active", true, "stance", "NEUTRAL", "seats", 12)));
        assertFalse(opposed.mayMatch(veto("a", "active", true, "stance", "NEUTRAL", "seats", 3)));
        assertFalse(opposed.mayMatch(veto("a", "active", false, "stance", "OPPOSED")));
        assertFalse(opposed.mayMatch(veto("a", "stance", "OPPOSED")), "an absent value is null to the rules, and null == true fails");
    }

    @Test
    void whatDependsOnABoundVariableStaysPossible() {
        FactPattern larger = pattern("Vetoes like the first", 0);

        assertTrue(larger.mayMatch(veto("third", "seats", 0)), "seats > $v.seats cannot be judged without the matched veto");
        assertFalse(larger.mayMatch(veto("second", "seats", 99)), "but id not in (...) can");
    }

    @Test
    void patternsJoinedByOrUnderNotAreEachTestedAndNegationsAreJudged() {
        assertEquals(List.of("Finding", "Veto"), pack.rules().get("Anything but strengths").unmatchedTypes());
        FactPattern inactive = pattern("Anything but strengths", 1);

        assertTrue(inactive.mayMatch(veto("a", "active", false)));
        assertFalse(inactive.mayMatch(veto("a", "active", true)));
        assertFalse(pattern("Anything but strengths", 0).mayMatch(finding(FindingKind.STRENGTH, Severity.LOW)));
    }
}
