package org.assay.facts;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading a request's base and changes, against the tiny fixture pack (two bridges). */
class FactRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Pack tiny;

    @BeforeAll
    static void load() throws Exception {
        tiny = TestPacks.load("tiny");
    }

    private static FactRequest read(String body) throws Exception {
        return FactRequest.read(JSON.readTree(body), new NamedBases(tiny.baseline(), Map.of(), Map.of()), tiny.schema());
    }

    private static List<String> faultPaths(Executable resolve) {
        return assertThrows(InvalidFactsException.class, resolve).violations().stream().map(Violation::path).toList();
    }

    private static Object rating(FactSet facts, String bridge) {
        return facts.instances().stream().filter(i -> i.id().equals(bridge)).findFirst().orElseThrow().values().get("ratingTonnes");
    }

    @Test
    void changesPatchAWholeFactSetToo() throws Exception {
        FactRequest request = read("""
                {"facts": {"Bridge": {"east": {"condition": "GOOD", "ratingTonnes": 50}}},
                 "changes": {"Bridge": {"east": {"ratingTonnes": 20}}}}""");

        assertEquals(50, rating(request.base(), "east"));
        assertEquals(20, rating(request.facts(), "east"));
    }

    @Test
    void theBaseAloneIsTheBaselineOrAScenario() throws Exception {
        FactRequest onBaseline = read("{\"baseline\": true, \"changes\": {\"Bridge\": {\"south\": {\"ratingTonnes\": null}}}}");
        assertEquals(30, rating(onBaseline.base(), "south"));
        assertNull(rating(onBaseline.facts(), "south"));

        JsonNode scenario = JSON.readTree("{\"Bridge\": {\"south\": {\"ratingTonnes\": 45}}}");
        FactRequest onScenario = FactRequest.read(JSON.readTree("{\"scenario\": \"repaired\"}"),
                new NamedBases(tiny.baseline(), Map.of("repaired", scenario), Map.of()), tiny.schema());
        assertEquals(45, rating(onScenario.base(), "south"));
        assertNull(onScenario.changes());
    }

    @Test
    void aFaultInGivenFactsIsNamedUnderFactsAndOneTheChangesMakeUnderChanges() throws Exception {
        assertEquals(List.of("facts.Bridge.east.ratingTonnes"), faultPaths(() -> bind("""
                {"facts": {"Bridge": {"east": {"condition": "GOOD", "ratingTonnes": -1}}}, "changes": {"Bridge": {"east": {"inspected": true}}}}""")));
        assertEquals(List.of("changes.Bridge.east.condition"), faultPaths(() -> bind("""
                {"facts": {"Bridge": {"east": {"condition": "GOOD"}}}, "changes": {"Bridge": {"east": {"condition": null}}}}""")));
    }

    @Test
    void aWhatIfNeedsChanges() {
        assertEquals(List.of("changes"), faultPaths(() -> FactRequest.readWithChanges(JSON.createObjectNode().put("baseline", true),
                new NamedBases(tiny.baseline(), Map.of(), Map.of()), tiny.schema())));
    }

    @Test
    void oneBaseOnly() {
        assertEquals(List.of("facts"), faultPaths(() -> bind("{\"baseline\": true, \"facts\": {}}")));
    }

    @Test
    void aPackWithoutABaselineSaysSo() {
        assertEquals(List.of("baseline"), faultPaths(() -> FactRequest.read(JSON.createObjectNode().put("baseline", true),
                new NamedBases(null, Map.of(), Map.of()), tiny.schema())));
    }

    private static void bind(String body) throws Exception {
        read(body).facts();
    }
}
