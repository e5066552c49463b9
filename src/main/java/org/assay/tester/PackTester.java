package org.assay.tester;

import org.assay.assess.Assessor;
import org.assay.engine.Pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs everything in a pack's {@code tests} folder: the scenario tests, the properties, and the coverage they reach. */
public final class PackTester {
    private final Assessor assessor;
    private final int fireLimit;

    public PackTester(Assessor assessor, int fireLimit) {
        this.assessor = assessor;
        this.fireLimit = fireLimit;
    }

    /** The report for a loaded pack and the folder its tests are read from. */
    public PackReport test(Pack pack, Path packDir) throws IOException {
        TestFiles.Tests tests = TestFiles.tests(packDir);
        List<PackTestResult> results = new PackTestRunner(assessor).run(pack, tests);
        Map<String, PackTest> byName = tests.tests().stream().collect(Collectors.toMap(PackTest::name, Function.identity()));
        List<PackReport.TestCase> cases = results.stream().map(r -> PackReport.TestCase.of(r, byName.get(r.test()))).toList();
        return PackReport.of(pack.id(), pack.version(), cases, properties(pack, packDir, tests.tests()), Coverage.of(pack, tests.tests(), results));
    }

    /** Only the properties, each checked over the lever space; an unreadable file fails as a property of its own. */
    public List<PropertyResult> properties(Pack pack, Path packDir, List<PackTest> tests) {
        TestFiles.Properties read = TestFiles.properties(packDir);
        List<PropertyResult> results = new ArrayList<>();
        if (read.problem() != null) {
            results.add(PropertyResult.invalid(TestFiles.PROPERTIES, "file", null, read.problem()));
        }
        results.addAll(new PropertyChecker(pack, tests, fireLimit).check(read.properties()));
        return results;
    }
}
