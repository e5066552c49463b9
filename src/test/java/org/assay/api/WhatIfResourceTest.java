package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * What-ifs over HTTP against bih-nato. Besides the pack's own scenarios, several cases are
 * invented here from the sources (a pact signed on its own, spending past the Wales and Hague
 * thresholds in defence.drl, an escalation after reform, a nationwide poll) so that the diff is
 * checked on changes no pack test was written for.
 */
@QuarkusTest
class WhatIfResourceTest {
    private static final String WHAT_IF = "/api/v1/packs/bih-nato/what-if";

    /** A reform that ends the consensus rule and every veto point, with the Presidency agreed; plus any further constitutional fields. */
    private static String reform(String moreConstitution) {
        return """
                {"baseline": true, "changes": {
                  "Constitution": {"dayton": {"consensusRequiredForNato": false%s}},
                  "VetoPoint": {"entity-voting": {"active": false}, "vital-national-interest": {"active": false}, "presidency-referral": {"active": false}},
                  "AccessionTrack": {"bih": {"presidencyConsensusOnNato": true}}}}""".formatted(moreConstitution);
    }

    private static ValidatableResponse whatIf(String body) {
        return given().contentType("application/json").body(body).when().post(WHAT_IF).then();
    }

    @Test
    void constitutionalReformRemovesTheVetoAndTracesItToTheReformedFacts() {
        whatIf(reform(""))
                .statusCode(200)
                .body("pack", equalTo("bih-nato"))
                .body("before.verdict", equalTo("BLOCKED"))
                .body("after.verdict", equalTo("NOT_READY"))
                .body("diff.verdict.changed", equalTo(true))
                // One root cause, one finding: the RS leadership's veto goes with the consensus rule.
                .body("diff.findings.removed.id", hasItems("RS_VETO", "VETO_SEATS_UNKNOWN:entity-voting"))
                // Both the consensus rule and the veto points it collected are facts it matched, so both are causes.
                .body("diff.findings.removed.find { it.id == 'RS_VETO' }.causes.findAll { it.via == 'match' }.path",
                        hasItems("Constitution.dayton.consensusRequiredForNato", "VetoPoint.entity-voting.active"))
                // Sejdic-Finci still calls for reform, at HIGH rather than CRITICAL.
                .body("diff.measures.changed.find { it.measure == 'CONSTITUTIONAL_REFORM' }.after", equalTo("HIGH"))
                .body("diff.measures.added.measure", contains("ANNUAL_NATIONAL_PROGRAMME"))
                .body("diff.changedFacts.path", hasItem("VetoPoint.presidency-referral.active"));
    }

    @Test
    void theFirstAnpIsTracedToTheBlockersThatWentAndNotToOtherChanges() {
        // The ANP rule tests only "not Finding(kind == FindingKind.BLOCKER)": spending and intelligence
        // sharing change gaps, not blockers, so they cannot have decided it.
        whatIf("""
                {"baseline": true, "changes": {
                  "Constitution": {"dayton": {"consensusRequiredForNato": false, "sejdicFinciImplemented": true}},
                  "VetoPoint": {"entity-voting": {"active": false}, "vital-national-interest": {"active": false}, "presidency-referral": {"active": false}},
                  "DefenceResources": {"afbih": {"milexPctGdp": 2.5}},
                  "IntelSharing": {"naples-eufor": {"directLink": true}}}}""")
                .statusCode(200)
                .body("diff.measures.added.measure", hasItem("ANNUAL_NATIONAL_PROGRAMME"))
                .body("diff.measures.added.find { it.measure == 'ANNUAL_NATIONAL_PROGRAMME' }.causes.path",
                        hasItems("Constitution.dayton.consensusRequiredForNato", "VetoPoint.entity-voting.active"))
                .body("diff.measures.added.find { it.measure == 'ANNUAL_NATIONAL_PROGRAMME' }.causes.path",
                        not(hasItem("DefenceResources.afbih.milexPctGdp")))
                .body("diff.measures.added.find { it.measure == 'ANNUAL_NATIONAL_PROGRAMME' }.causes.path",
                        not(hasItem("IntelSharing.naples-eufor.directLink")))
                .body("diff.changedFacts.path", hasItems("DefenceResources.afbih.milexPctGdp", "IntelSharing.naples-eufor.directLink"));
    }

    @Test
    void aFullReformAlsoRemovesConstitutionalReform() {
        whatIf(reform(", \"sejdicFinciImplemented\": true"))
                .statusCode(200)
                .body("diff.measures.removed.measure", hasItem("CONSTITUTIONAL_REFORM"))
                .body("diff.measures.removed.find { it.measure == 'CONSTITUTIONAL_REFORM' }.causes.path",
                        hasItems("Constitution.dayton.consensusRequiredForNato", "Constitution.dayton.sejdicFinciImplemented"))
                .body("diff.findings.removed.id", hasItem("SEJDIC_FINCI_UNIMPLEMENTED"));
    }

    @Test
    void losingTheEuforMandateCallsForReauthorisationNotForTheReserves() {
        // Without its mandate EUFOR's reserves have no legal basis: the pack asks for a new
        // authorisation and NATO's own presence instead, and the accession rating does not move.
        whatIf("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}")
                .statusCode(200)
                .body("diff.verdict.changed", equalTo(false))
                .body("diff.measures.added.measure", contains("MANDATE_REAUTHORISATION", "NATO_PRESENCE"))
                .body("diff.measures.added[0].causes", contains(Map.of("path", "EuforMission.althea.mandateActive", "via", "match")))
                .body("diff.findings.added.id", contains("EUFOR_MANDATE_LOST"))
                .body("diff.findings.removed.id", hasItems("EUFOR_SOLE_GUARANTOR", "EUFOR_UNDERSIZED"))
                .body("diff.changedFacts", contains(Map.of("path", "EuforMission.althea.mandateActive", "before", true, "after", false)))
                .body("after.recommendations.measure", not(hasItem("EUFOR_RESERVE_ACTIVATION")))
                .body("after.recommendations.measure", hasItem("MANDATE_REAUTHORISATION"))
                .body("before.recommendations.measure", not(hasItem("MANDATE_REAUTHORISATION")));
    }

    @Test
    void aChangeThatAltersNothingGivesAnEmptyDiff() {
        whatIf("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 1100}}}}")
                .statusCode(200)
                .body("diff.verdict.changed", equalTo(false))
                .body("diff.findings.added", empty()).body("diff.findings.removed", empty()).body("diff.findings.changed", empty())
                .body("diff.measures.added", empty()).body("diff.measures.removed", empty()).body("diff.measures.changed", empty())
                .body("diff.changedFacts", empty());
    }

    @Test
    void aNewTroopNumberChangesTheFindingsThatQuoteIt() {
        whatIf("{\"baseline\": true, \"changes\": {\"EuforMission\": {\"althea\": {\"troopsInCountry\": 1400}}}}")
                .statusCode(200)
                .body("diff.findings.added", empty()).body("diff.findings.removed", empty())
                .body("diff.findings.changed.id", hasItems("EUFOR_UNDERSIZED", "EUFOR_SOLE_GUARANTOR"))
                .body("diff.findings.changed.find { it.id == 'EUFOR_UNDERSIZED' }.before.message", containsString("1100 troops"))
                .body("diff.findings.changed.find { it.id == 'EUFOR_UNDERSIZED' }.after.message", containsString("1400 troops"))
                .body("diff.findings.changed.find { it.id == 'EUFOR_UNDERSIZED' }.causes.path", contains("EuforMission.althea.troopsInCountry"));
    }

    @Test
    void aSignedPactOnItsOwnRemovesThePactMeasureThroughANegatedCondition() {
        whatIf("{\"baseline\": true, \"changes\": {\"SecurityGuarantee\": {\"new-security-pact\": {\"signed\": true}}}}")
                .statusCode(200)
                .body("diff.verdict.after", equalTo("BLOCKED"))
                .body("diff.measures.removed.measure", contains("NEW_SECURITY_PACT"))
                .body("diff.measures.removed[0].causes", contains(Map.of("path", "SecurityGuarantee.new-security-pact.signed", "via", "condition")))
                .body("diff.findings.removed.id", contains("EUFOR_SOLE_GUARANTOR"))
                .body("diff.findings.added.find { it.id == 'SECURITY_PACT_IN_FORCE' }.causes[0].via", equalTo("match"));
    }

    @Test
    void spendingPastTheWalesGuidelineSwapsTheSpendingGap() {
        whatIf("{\"baseline\": true, \"changes\": {\"DefenceResources\": {\"afbih\": {\"milexPctGdp\": 2.5}}}}")
                .statusCode(200)
                .body("diff.findings.removed.id", contains("MILEX_LOW"))
                .body("diff.findings.added.id", contains("MILEX_MEETS_GUIDELINE"))
                .body("diff.measures.changed", contains(Map.of("measure", "DEFENCE_SPENDING_PATH", "before", "HIGH", "after", "MEDIUM",
                        "causes", List.of(Map.of("path", "DefenceResources.afbih.milexPctGdp", "via", "match")))));
    }

    @Test
    void meetingEverySpendingGuidelineRemovesTheSpendingPath() {
        whatIf("{\"baseline\": true, \"changes\": {\"DefenceResources\": {\"afbih\": {\"milexPctGdp\": 3.6, \"equipmentSharePct\": 25.0, \"personnelSharePct\": 60.0}}}}")
                .statusCode(200)
                .body("diff.measures.removed.measure", contains("DEFENCE_SPENDING_PATH"))
                .body("diff.measures.removed[0].causes.path", contains("DefenceResources.afbih.milexPctGdp",
                        "DefenceResources.afbih.equipmentSharePct", "DefenceResources.afbih.personnelSharePct"));
    }

    @Test
    void armedFormationsAfterReformBlockAgainAndCallForTheReserves() {
        whatIf("{\"scenario\": \"constitutional-reform\", \"changes\": {\"SecessionIndicators\": {\"rs\": {\"armedFormations\": true}}}}")
                .statusCode(200)
                .body("diff.verdict.before", equalTo("NOT_READY"))
                .body("diff.verdict.after", equalTo("BLOCKED"))
                .body("diff.findings.added.id", hasItem("ARMED_FORMATIONS:rs"))
                .body("diff.measures.added.find { it.measure == 'EUFOR_RESERVE_ACTIVATION' }.causes.path",
                        contains("SecessionIndicators.rs.armedFormations"));
    }

    @Test
    void aWholeFactSetCanBeTheBase() {
        whatIf("""
                {"facts": {"Constitution": {"dayton": {"consensusRequiredForNato": true}}},
                 "changes": {"PublicOpinion": {"national": {"supportPct": 55.0}}}}""")
                .statusCode(200)
                .body("diff.findings.removed.id", contains("NATIONAL_SUPPORT_UNKNOWN"))
                .body("diff.findings.removed[0].causes", contains(Map.of("path", "PublicOpinion.national.supportPct", "via", "condition")))
                .body("diff.findings.added.id", contains("NATIONAL_SUPPORT_MAJORITY"))
                .body("diff.measures.removed.measure", contains("PUBLIC_OPINION_SURVEY"))
                .body("diff.changedFacts[0].before", equalTo(null));
    }

    @Test
    void badChangesAreNamedByPath() {
        whatIf("{\"baseline\": true, \"changes\": {\"VetoPoint\": {\"entity-voting\": {\"holderStance\": \"HOSTILE\"}}}}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.path", contains("changes.VetoPoint.entity-voting.holderStance"));
        whatIf("{\"facts\": {\"Constitution\": {\"dayton\": {\"consensusRequiredForNato\": \"yes\"}}}, \"changes\": {}}")
                .statusCode(400)
                .body("errors.path", contains("facts.Constitution.dayton.consensusRequiredForNato"));
    }

    @Test
    void aWhatIfWithoutChangesIsRefused() {
        whatIf("{\"scenario\": \"eufor-mandate-lost\"}")
                .statusCode(400)
                .body("errors.path", contains("changes"));
    }

    @Test
    void anUnknownPackIs404() {
        given().contentType("application/json").body("{\"baseline\": true, \"changes\": {}}")
                .when().post("/api/v1/packs/no-such-pack/what-if")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
