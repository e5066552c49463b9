package org.assay.contract;

import org.assay.client.ApiClient;
import org.assay.client.ApiException;
import org.assay.client.ApiResponse;
import org.assay.client.api.AssessmentsApi;
import org.assay.client.api.PacksApi;
import org.assay.client.api.SavedScenariosApi;
import org.assay.client.api.WhatIfApi;
import org.assay.client.model.Assessment;
import org.assay.client.model.AssessmentRequest;
import org.assay.client.model.CounterfactualReport;
import org.assay.client.model.CounterfactualRequest;
import org.assay.client.model.CounterfactualTarget;
import org.assay.client.model.PackSummary;
import org.assay.client.model.Problem;
import org.assay.client.model.ScenarioRequest;
import org.assay.client.model.ScenarioView;
import org.assay.client.model.SweepLever;
import org.assay.client.model.SweepReport;
import org.assay.client.model.SweepRequest;
import org.assay.client.model.WhatIfResult;
import org.assay.store.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst's main flows, driven through the Java client the build generated from the service's own OpenAPI
 * document (openapi-generator, library native, its defaults), against the packaged service. Nothing here fixes
 * the client by hand: where the document is wrong, the client does not compile or these calls fail.
 */
class GeneratedClientIT {
    private static final Map<String, Object> MANDATE_LOST = Map.of("EuforMission", Map.of("althea", Map.of("mandateActive", false)));

    @TempDir
    static Path workDir;
    private static ServiceProcess service;
    private static ApiClient anonymous;
    private static ApiClient analyst;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start(workDir, null);
        anonymous = client();
        analyst = client();
        String password = ServiceProcess.generatedPassword(workDir, "analyst");
        String basic = Base64.getEncoder().encodeToString(("analyst:" + password).getBytes(StandardCharsets.UTF_8));
        analyst.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
    }

    @AfterAll
    static void stop() throws Exception {
        service.stop();
    }

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.uri("").toString());
        return client;
    }

    @Test
    void listsThePacksAndAssessesTheBaseline() throws Exception {
        List<PackSummary> packs = new PacksApi(anonymous).listPacks(null);
        assertTrue(packs.stream().anyMatch(p -> p.getId().equals("bih-nato")), "bih-nato is listed");

        Assessment baseline = new AssessmentsApi(anonymous).assess("bih-nato", new AssessmentRequest().baseline(true), null);
        assertEquals("BLOCKED", baseline.getVerdict());
        assertFalse(baseline.getFindings().isEmpty());
        assertEquals("BLOCKED", baseline.getRatings().get("accession").getLevel());
    }

    @Test
    void comparesAChangeSweepsALeverAndFindsACounterfactual() throws Exception {
        WhatIfApi whatIf = new WhatIfApi(anonymous);
        WhatIfResult result = whatIf.whatIf("bih-nato", new AssessmentRequest().baseline(true).changes(MANDATE_LOST));
        assertFalse(result.getDiff().getChangedFacts().isEmpty(), "the what-if traces the changed fact");

        SweepReport sweep = whatIf.sweep("bih-nato", new SweepRequest().baseline(true)
                .levers(List.of(new SweepLever().path("EuforMission.althea.troopsInCountry").from(0.0).to(3000.0).step(1000.0))));
        assertEquals(4, sweep.getVariants().size());

        CounterfactualReport counterfactual = whatIf.findCounterfactuals("bih-nato", new CounterfactualRequest().baseline(true)
                .target(new CounterfactualTarget().verdictBetterThan("BLOCKED")));
        assertTrue(counterfactual.getFound());
        assertFalse(counterfactual.getSolutions().isEmpty());
    }

    @Test
    void savesReadsPatchesAndDeletesAScenario() throws Exception {
        SavedScenariosApi scenarios = new SavedScenariosApi(analyst);
        ScenarioView saved = scenarios.saveScenario(new ScenarioRequest().pack("bih-nato").title("EUFOR mandate not renewed")
                .notes("Russia vetoes the UNSC renewal").changes(MANDATE_LOST));
        UUID id = UUID.fromString(saved.getId());

        ApiResponse<ScenarioView> read = scenarios.getSavedScenarioWithHttpInfo(id, null);
        assertEquals("EUFOR mandate not renewed", read.getData().getTitle());
        String etag = read.getHeaders().get("etag").get(0);
        ScenarioView patched = scenarios.patchSavedScenario(id, Map.of("title", "EUFOR mandate lost"), etag);
        assertEquals("EUFOR mandate lost", patched.getTitle());
        ApiException stale = assertThrows(ApiException.class, () -> scenarios.patchSavedScenario(id, Map.of("title", "again"), etag));
        assertEquals(412, stale.getCode(), "a patch against the revision read before the last one is refused");
        assertEquals("bih-nato", new SavedScenariosApi(anonymous).assessSavedScenario(id).getPack());

        scenarios.deleteSavedScenario(id, null);
        ApiException gone = assertThrows(ApiException.class, () -> scenarios.getSavedScenario(id, null));
        assertEquals(404, gone.getCode());
    }

    @Test
    void aRefusalIsATypedProblemThatNamesTheField() throws Exception {
        ApiException refused = assertThrows(ApiException.class,
                () -> new AssessmentsApi(anonymous).assess("bih-nato", new AssessmentRequest().scenario("no-such-scenario"), null));
        assertEquals(400, refused.getCode());
        Problem problem = anonymous.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(Problem.TypeEnum.URN_ASSAY_PROBLEM_INVALID_FACTS, problem.getType());
        assertEquals("scenario", problem.getErrors().get(0).getPath());
    }
}
