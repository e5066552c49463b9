package org.assay.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactBinderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FactSchema SCHEMA = schema();

    private static FactSchema schema() {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        fields.put("stance", new FieldSpec("stance", FieldKind.ENUM, List.of("OPPOSED", "NEUTRAL", "SUPPORTIVE"), true, null, null, null));
        fields.put("troops", new FieldSpec("troops", FieldKind.INTEGER, List.of(), false, "troops", 0.0, null));
        fields.put("supportPct", new FieldSpec("supportPct", FieldKind.NUMBER, List.of(), false, "%", 0.0, 100.0));
        fields.put("active", new FieldSpec("active", FieldKind.BOOLEAN, List.of(), false, null, null, null));
        fields.put("members", new FieldSpec("members", FieldKind.LIST, List.of(), false, null, null, null));
        return new FactSchema(Map.of("Veto", new TypeSpec("Veto", fields)));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static Map<String, String> faults(String facts) throws Exception {
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> new FactBinder(SCHEMA).bind(json(facts), "facts"));
        Map<String, String> byPath = new LinkedHashMap<>();
        e.violations().forEach(v -> byPath.put(v.path(), v.message()));
        return byPath;
    }

    @Test
    void bindsEveryKindOfValue() throws Exception {
        FactSet set = new FactBinder(SCHEMA).bind(json("""
                {"Veto": {"v1": {"stance": "OPPOSED", "troops": 1100, "supportPct": 5.2, "active": true, "members": ["US", "UK"]}}}"""), "facts");

        FactSet.Instance veto = set.instances().get(0);
        assertEquals("v1", veto.id());
        assertEquals(Map.of("stance", "OPPOSED", "troops", 1100, "supportPct", 5.2, "active", true, "members", List.of("US", "UK")), veto.values());
    }

    @Test
    void absentOptionalFieldsStayUnknown() throws Exception {
        FactSet set = new FactBinder(SCHEMA).bind(json("{\"Veto\": {\"v1\": {\"stance\": \"NEUTRAL\", \"troops\": null}}}"), "facts");

        assertEquals(Map.of("stance", "NEUTRAL"), set.instances().get(0).values());
    }

    @Test
    void reportsEveryFaultAtOnceWithItsPath() throws Exception {
        Map<String, String> faults = faults("""
                {"Veto": {"v1": {"stance": "HOSTILE", "troops": 2.5, "supportPct": "high", "active": "yes", "colour": 1, "members": [{}]},
                          "v2": {"troops": 3}},
                 "Vetoes": {}}""");

        assertTrue(faults.get("facts.Veto.v1.stance").contains("one of OPPOSED, NEUTRAL, SUPPORTIVE"), faults.toString());
        assertTrue(faults.get("facts.Veto.v1.troops").contains("expected an integer"), faults.toString());
        assertTrue(faults.get("facts.Veto.v1.supportPct").contains("expected a number"), faults.toString());
        assertTrue(faults.get("facts.Veto.v1.active").contains("true or false"), faults.toString());
        assertTrue(faults.get("facts.Veto.v1.colour").startsWith("unknown field"), faults.toString());
        assertTrue(faults.get("facts.Veto.v1.members[0]").contains("got an object"), faults.toString());
        assertTrue(faults.get("facts.Veto.v2.stance").startsWith("required field is missing"), faults.toString());
        assertTrue(faults.get("facts.Vetoes").startsWith("unknown fact type; known types: Veto"), faults.toString());
        assertEquals(8, faults.size(), faults.toString());
    }

    @Test
    void refusesValuesOutsideDeclaredBounds() throws Exception {
        Map<String, String> faults = faults("{\"Veto\": {\"v1\": {\"stance\": \"NEUTRAL\", \"supportPct\": 140, \"troops\": -1}}}");

        assertEquals("expected a number from 0 to 100 (%), got 140", faults.get("facts.Veto.v1.supportPct"));
        assertEquals("expected an integer of at least 0 (troops), got -1", faults.get("facts.Veto.v1.troops"));
    }

    @Test
    void refusesIntegersBeyondThirtyTwoBits() throws Exception {
        Map<String, String> faults = faults("{\"Veto\": {\"v1\": {\"stance\": \"NEUTRAL\", \"troops\": 3000000000}}}");

        assertTrue(faults.get("facts.Veto.v1.troops").startsWith("expected an integer"), faults.toString());
    }

    @Test
    void refusesShapesThatAreNotFactSets() throws Exception {
        assertTrue(faults("[]").get("facts").startsWith("expected an object of fact types"));
        assertTrue(faults("{\"Veto\": []}").get("facts.Veto").startsWith("expected an object of Veto instances"));
        assertTrue(faults("{\"Veto\": {\"v1\": 3}}").get("facts.Veto.v1").startsWith("expected an object of field values"));
    }

    @Test
    void anIdInsideTheFieldsMustMatchTheKey() throws Exception {
        assertTrue(faults("{\"Veto\": {\"v1\": {\"id\": \"v2\", \"stance\": \"NEUTRAL\"}}}").get("facts.Veto.v1.id").contains("instance key"));
    }
}
