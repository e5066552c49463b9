package org.assay.engine.evaluation;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;
import org.assay.engine.loading.PackManifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Severity;
import org.assay.facts.FactBinder;
import org.assay.facts.FactSet;
import org.assay.facts.FieldPath;
import org.assay.facts.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incremental re-assessment must give exactly what a full, fresh assessment of the same facts gives. */
class VariantSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Pack pack;
    private static FactSet baseline;
    private static Map<FieldPath, List<Object>> levers;

    @BeforeAll
    static void load() throws PackException {
        pack = new PackLoader(JSON).load(Path.of("rules/bih-nato"));
        baseline = new FactBinder(pack.schema()).bind(pack.baseline(), "baseline");
        levers = new LinkedHashMap<>();
        for (PackManifest.Lever lever : pack.manifest().levers()) {
            List<Violation> violations = new ArrayList<>();
            FieldPath path = FieldPath.parse(lever.path(), pack.schema(), "lever", violations);
            List<Object> values = new ArrayList<>();
            if (lever.values() != null && !lever.values().isEmpty()) {
                lever.values().forEach(v -> values.add(path.convert(JSON.valueToTree(v), pack.schema(), "v", violations)));
            } else {
                for (double v = lever.range().min(); v <= lever.range().max() + 1e-9; v += lever.range().step()) {
                    JsonNode node = path.spec(pack.schema()).kind().name().equals("INTEGER") ? JSON.valueToTree((int) Math.round(v))
                            : JSON.valueToTree(Math.round(v * 10) / 10.0);
                    values.add(path.convert(node, pack.schema(), "v", violations));
                }
            }
            assertTrue(violations.isEmpty(), violations::toString);
            levers.put(path, values);
        }
    }

    @Test
    void everyValueOfEveryLeverMatchesAFreshAssessment() {
        try (VariantSession session = VariantSession.open(pack, baseline, 10_000)) {
            assertTrue(session.incremental(), "bih-nato inserts its conclusions logically, so variants re-use one session");
            levers.forEach((path, values) -> values.forEach(value ->
                    assertEquals(fresh(Map.of(path, value)), session.assess(Map.of(path, value)), path + " = " + value)));
        }
    }

    @Test
    void randomCombinationsMatchFreshAssessmentsAndUnchangedLeversReturnToTheBase() {
        Random random = new Random(42);
        List<FieldPath> paths = new ArrayList<>(levers.keySet());
        try (VariantSession session = VariantSession.open(pack, baseline, 10_000)) {
            for (int round = 0; round < 300; round++) {
                Map<FieldPath, Object> changes = new LinkedHashMap<>();
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    FieldPath path = paths.get(random.nextInt(paths.size()));
                    List<Object> values = levers.get(path);
                    changes.put(path, values.get(random.nextInt(values.size())));
                }
                assertEquals(fresh(changes), session.assess(changes), changes.toString());
            }
            assertEquals(fresh(Map.of()), session.assess(Map.of()), "no changes: the base again");
        }
    }

    @Test
    void aPackThatInsertsPlainlyIsAssessedAfreshEachTime() throws PackException {
        Pack tiny = TestPacks.load("tiny");
        FactSet bridges = new FactBinder(tiny.schema()).bind(tiny.baseline(), "baseline");
        try (VariantSession session = VariantSession.open(tiny, bridges, 10_000)) {
            assertFalse(session.incremental());
            assertEquals(session.baseOutcome(), session.assess(Map.of()));
        }
    }

    private static VariantOutcome fresh(Map<FieldPath, Object> changes) {
        List<FactSet.Instance> instances = baseline.instances().stream().map(instance -> {
            Map<String, Object> values = new LinkedHashMap<>(instance.values());
            changes.forEach((path, value) -> {
                if (path.type().equals(instance.type()) && path.id().equals(instance.id())) {
                    values.put(path.field(), value);
                }
            });
            return new FactSet.Instance(instance.type(), instance.id(), values);
        }).toList();
        Assessment assessment = TestPacks.evaluator().evaluate(pack, new FactSet(instances), 0);
        Map<String, Severity> findings = new TreeMap<>();
        assessment.findings().forEach(f -> findings.merge(f.id(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Map<String, Priority> measures = new TreeMap<>();
        assessment.recommendations().forEach(r -> measures.put(r.measure(), r.priority()));
        return new VariantOutcome(assessment.levels(), findings, measures);
    }
}
