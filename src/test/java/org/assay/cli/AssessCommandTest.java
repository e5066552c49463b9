package org.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessCommandTest {
    private static final String MANDATE_LOST = "{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}";

    @Test
    void printsTheVerdictFindingsAndMeasures(@TempDir Path tmp) throws Exception {
        Path facts = Files.writeString(tmp.resolve("mandate-lost.json"), MANDATE_LOST);

        CliRun run = CliRun.of("assess", "rules/bih-nato", facts.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)bih-nato [0-9a-f]{12}\\R  NATO accession readiness \\(accession\\): BLOCKED\\R    Any accession blocker stops accession: Accession is blocked by RS_VETO;.*"), run.out());
        assertTrue(run.out().contains("  Security situation (security): CRITICAL\n"), run.out());
        assertTrue(run.out().contains("  RISK     CRITICAL EUFOR_MANDATE_LOST [security]\n"), run.out());
        assertTrue(run.out().contains("  CRITICAL MANDATE_REAUTHORISATION, for EUFOR_MANDATE_LOST\n"), run.out());
        assertTrue(run.out().contains(" sources cited\n  A Čančar, Ismet Fatih (2024)."), "each source cited, with its reference, once: " + run.out());
    }

    @Test
    void printsTheServicesJsonOnRequest(@TempDir Path tmp) throws Exception {
        Path facts = Files.writeString(tmp.resolve("mandate-lost.json"), MANDATE_LOST);

        CliRun run = CliRun.of("assess", "rules/bih-nato", facts.toString(), "--json");

        JsonNode assessment = new ObjectMapper().readTree(run.out());
        assertEquals(0, run.exit(), run.err());
        assertEquals("BLOCKED", assessment.get("verdict").asText());
        assertTrue(assessment.get("trace").size() > 50);
        assertTrue(assessment.get("sources").has("A"), "the references of the keys the findings cite");
        assertTrue(assessment.get("id") == null, "the command line logs nothing, so its assessments have no id");
    }

    @Test
    void factsThatDoNotFitThePackAreNamedByPath(@TempDir Path tmp) throws Exception {
        Path facts = Files.writeString(tmp.resolve("typo.json"), "{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troops\": 5}}}}");

        CliRun run = CliRun.of("assess", "rules/bih-nato", facts.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("  changes.EuforMission.althea.troops: unknown field of EuforMission"), run.err());
    }

    @Test
    void aFileThatIsNotJsonSaysWhere(@TempDir Path tmp) throws Exception {
        Path facts = Files.writeString(tmp.resolve("broken.json"), "{\"baseline\": tru}");

        CliRun run = CliRun.of("assess", "rules/bih-nato", facts.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(facts + ":1:"), run.err());
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("assess", "rules/bih-nato", "no-such-facts.json");

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("no such file: no-such-facts.json"), run.err());
    }
}
