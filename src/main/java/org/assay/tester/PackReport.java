package org.assay.tester;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Everything a pack's tests say about it: each test, each property, and the coverage. It passes when
 * every test passes and every property holds.
 *
 * @param search how the properties' lever space was searched, and its bounds
 */
public record PackReport(String pack, String version, boolean passed, Summary summary, List<TestCase> tests,
                         List<PropertyResult> properties, String search, Coverage coverage) {

    @Schema(name = "TestSummary")
    public record Summary(int tests, int testsFailed, int properties, int propertiesFailed) {
    }

    /**
     * One test: PASS or FAIL; for a failure, each difference, what the test expects and must not see,
     * and what the pack concluded.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"test", "status"})
    public record TestCase(String test, String note, @Schema(enumeration = {"PASS", "FAIL"}) String status, List<String> differences, PackTest.Outcome expected,
                           PackTest.Outcome absent, PackTest.Outcome actual) {

        static TestCase of(PackTestResult result, PackTest test) {
            if (result.passed()) {
                return new TestCase(result.test(), result.note(), "PASS", null, null, null, null);
            }
            return new TestCase(result.test(), result.note(), "FAIL", result.differences(),
                    test == null ? null : test.expect(), test == null ? null : test.absent(), result.actual());
        }
    }

    static PackReport of(String pack, String version, List<TestCase> tests, List<PropertyResult> properties, Coverage coverage) {
        int testsFailed = (int) tests.stream().filter(t -> !"PASS".equals(t.status())).count();
        int propertiesFailed = (int) properties.stream().filter(p -> !p.passed()).count();
        return new PackReport(pack, version, testsFailed == 0 && propertiesFailed == 0,
                new Summary(tests.size(), testsFailed, properties.size(), propertiesFailed), tests, properties, LeverSpace.SEARCH, coverage);
    }
}
