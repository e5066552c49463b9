package org.assay.tester;

import org.assay.assess.Assessor;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;
import org.assay.engine.loading.PackReader;
import org.assay.engine.TestPacks;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs the scenario tests and properties of every pack in {@code rules/}, and of the fixture pack, one JUnit test each. */
class PackTestsTest {
    private static final Path RULES = Path.of("rules");
    private static final int FIRE_LIMIT = 10_000;

    @TestFactory
    Stream<DynamicNode> everyPackPassesItsTests() throws IOException {
        List<Path> packs;
        try (Stream<Path> dirs = Files.list(RULES)) {
            packs = dirs.filter(PackReader::isPack).sorted().toList();
        }
        assertFalse(packs.isEmpty(), "no packs in " + RULES.toAbsolutePath());
        return Stream.concat(packs.stream(), Stream.of(TestPacks.DIR.resolve("tiny"))).map(PackTestsTest::packTests);
    }

    private static DynamicNode packTests(Path dir) {
        Pack pack;
        try {
            pack = new PackLoader(new ObjectMapper()).load(dir);
        } catch (PackException e) {
            return DynamicTest.dynamicTest(dir.getFileName() + " compiles", () -> fail("pack " + dir + " does not load:\n" + e.problems()));
        }
        TestFiles.Tests tests;
        try {
            tests = TestFiles.tests(dir);
        } catch (IOException e) {
            return DynamicTest.dynamicTest(dir.getFileName() + " tests readable", () -> fail(e.getMessage()));
        }
        List<PackTestResult> results = new PackTestRunner(new Assessor(TestPacks.evaluator())).run(pack, tests);
        if (results.isEmpty()) {
            return DynamicTest.dynamicTest(dir.getFileName() + " has tests", () -> fail("pack " + pack.id() + " has no tests/*.json"));
        }
        List<PropertyResult> properties = new PackTester(new Assessor(TestPacks.evaluator()), FIRE_LIMIT).properties(pack, dir, tests.tests());
        return DynamicContainer.dynamicContainer(pack.id(), Stream.concat(
                results.stream().map(r -> DynamicTest.dynamicTest(r.test(), () -> assertTrue(r.passed(), r.report()))),
                properties.stream().map(p -> DynamicTest.dynamicTest("property " + p.name(),
                        () -> assertTrue(p.passed(), pack.id() + " / " + p.report())))));
    }
}
