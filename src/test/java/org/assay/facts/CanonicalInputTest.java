package org.assay.facts;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CanonicalInputTest {

    @Test
    void orderOfTypesInstancesAndFieldsDoesNotChangeTheInput() {
        FactSet one = new FactSet(List.of(
                instance("VetoPoint", "entity-voting", "holderStance", "OPPOSED", "active", true),
                instance("EuforMission", "althea", "troopsInCountry", 1100, "mandateActive", true)));
        FactSet other = new FactSet(List.of(
                instance("EuforMission", "althea", "mandateActive", true, "troopsInCountry", 1100),
                instance("VetoPoint", "entity-voting", "active", true, "holderStance", "OPPOSED")));

        String json = CanonicalInput.json(one);
        assertEquals("{\"EuforMission\":{\"althea\":{\"mandateActive\":true,\"troopsInCountry\":1100}},"
                + "\"VetoPoint\":{\"entity-voting\":{\"active\":true,\"holderStance\":\"OPPOSED\"}}}", json);
        assertEquals(json, CanonicalInput.json(other));
        assertEquals(CanonicalInput.sha256(json), CanonicalInput.sha256(CanonicalInput.json(other)));
    }

    @Test
    void aDifferentValueIsADifferentHash() {
        String some = CanonicalInput.json(new FactSet(List.of(instance("EuforMission", "althea", "troopsInCountry", 1100))));
        String fewer = CanonicalInput.json(new FactSet(List.of(instance("EuforMission", "althea", "troopsInCountry", 600))));
        assertEquals(64, CanonicalInput.sha256(some).length());
        assertNotEquals(CanonicalInput.sha256(some), CanonicalInput.sha256(fewer));
    }

    private static FactSet.Instance instance(String type, String id, Object... fieldsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new FactSet.Instance(type, id, values);
    }
}
