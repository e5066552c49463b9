package org.assay.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explanations of bih-nato's baseline. */
class ExplainCommandTest {

    @TempDir
    static Path tmp;

    private static CliRun explain(String id) throws Exception {
        Path facts = Files.writeString(tmp.resolve("baseline.json"), "{\"baseline\": true}");
        return CliRun.of("explain", "rules/bih-nato", facts.toString(), id);
    }

    @Test
    void aFindingShowsItsRuleSourceAndMatchedFacts() throws Exception {
        CliRun run = explain("RS_VETO");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("RS_VETO (BLOCKER, CRITICAL)\n"), run.out());
        assertTrue(run.out().contains("  raised by \"The RS leadership's opposition blocks accession through the vetoes it holds\" (accession.drl)\n"), run.out());
        assertTrue(run.out().contains("  source: A 'Bosnia and Herzegovina's NATO Status'"), run.out());
        assertTrue(run.out().contains("  matched Constitution.dayton: consensusRequiredForNato=true, sejdicFinciImplemented=false"), run.out());
        assertTrue(run.out().contains("  matched Actor.rs-leadership: name=the RS leadership (Milorad Dodik, SNSD), stanceOnNato=OPPOSED"), run.out());
        assertTrue(run.out().contains("facts a match does not show): VetoPoint\n"), run.out());
    }

    @Test
    void aMeasureShowsEachRuleAndTheFindingsBehindItDownToTheFacts() throws Exception {
        CliRun run = explain("NEW_SECURITY_PACT");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("NEW_SECURITY_PACT (measure, HIGH)\n"), run.out());
        assertTrue(run.out().contains("  recommended HIGH by \"A New Security pact gives the guarantee EUFOR alone cannot\" (measures.drl)\n"), run.out());
        assertTrue(run.out().contains("    EUFOR_SOLE_GUARANTOR (GAP, HIGH)\n"), run.out());
        assertTrue(run.out().contains("      matched EuforMission.althea: troopsInCountry=1100"), run.out());
    }

    @Test
    void anIdTheFactsDoNotRaiseExitsOne() throws Exception {
        CliRun run = explain("EUFOR_MANDATE_LOST");

        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("EUFOR_MANDATE_LOST is neither raised nor recommended for these facts (verdict BLOCKED)"), run.err());
    }

    @Test
    void aMeasureShowsTheInputFactsItsRuleMatchedBesidesFindings() throws Exception {
        CliRun run = explain("EUFOR_REINFORCEMENT");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("by \"A UK battalion would balance a lead nation close to the secessionists\" (measures.drl)\n"), run.out());
        assertTrue(run.out().contains("    matched EuforMission.althea\n"), run.out());
    }
}
