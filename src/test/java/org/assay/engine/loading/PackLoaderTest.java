package org.assay.engine.loading;

import org.assay.engine.Pack;
import org.assay.engine.TestPacks;

import org.assay.facts.FieldKind;
import org.assay.facts.FieldSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackLoaderTest {

    @Test
    void derivesTheSchemaFromDeclareBlocks() throws Exception {
        Pack pack = TestPacks.load("tiny");

        FieldSpec condition = pack.schema().type("Bridge").fields().get("condition");
        FieldSpec share = pack.schema().type("Bridge").fields().get("loadSharePct");
        assertEquals(FieldKind.ENUM, condition.kind());
        assertEquals(List.of("GOOD", "WORN", "FAILED"), condition.values());
        assertTrue(condition.required());
        assertEquals(FieldKind.NUMBER, share.kind());
        assertEquals("%", share.unit());
        assertEquals(100.0, share.max());
        assertFalse(pack.schema().type("Bridge").fields().containsKey("id"), "the id comes from the instance key");
        assertEquals(FieldKind.LIST, pack.schema().type("Bridge").fields().get("inspectors").kind());
    }

    @Test
    void readsRuleMetadataAndCitations() throws Exception {
        RuleInfo rule = TestPacks.load("tiny").rules().get("A failed bridge cannot open");

        assertEquals("structure", rule.dimension());
        assertEquals("T1 s.1", rule.source());
        assertEquals(List.of("T1"), rule.citations());
        assertTrue(rule.file().endsWith("tiny/rules.drl"), rule.file());
    }

    @Test
    void reportsSyntaxErrorsWithFileAndLine() {
        PackException e = assertThrows(PackException.class, () -> TestPacks.load("broken-syntax"));

        CompileProblem problem = e.problems().get(0);
        assertTrue(problem.file().endsWith("broken-syntax/rules.drl"), problem.toString());
        assertEquals(6, problem.line(), problem.toString());
        assertTrue(problem.message().contains("mismatched input 'then'"), problem.toString());
        assertEquals(1, e.problems().size(), "the parser's echo is not repeated: " + e.problems());
    }

    @Test
    void refusesLeversItCannotPullNamingEach() {
        PackException e = assertThrows(PackException.class, () -> TestPacks.load("bad-levers"));

        List<String> messages = e.problems().stream().map(CompileProblem::message).toList();
        assertTrue(e.problems().stream().allMatch(p -> p.file().endsWith("pack.yaml")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("levers[0].path: unknown field \"colour\"")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("levers[1].path: the baseline has no Bridge \"east\"")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("levers[2].cost")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("levers[2].values[1]")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("levers[3]: give either values or a range")), messages::toString);
    }

    @Test
    void theVersionChangesWithTheContent() throws Exception {
        assertNotEquals(TestPacks.load("tiny").version(), TestPacks.load("runaway").version());
        assertEquals(TestPacks.load("tiny").version(), TestPacks.load("tiny").version());
    }
}
