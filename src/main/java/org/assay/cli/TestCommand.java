package org.assay.cli;

import org.assay.Defaults;
import org.assay.engine.Pack;
import org.assay.engine.loading.Ratings;
import org.assay.tester.PackReport;
import org.assay.tester.PackTest;
import org.assay.tester.PackTester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code test PACK_DIR [--junit-xml FILE]}: every test and property with PASS or FAIL, then the coverage. */
@Command(name = "test", description = "Run a pack's tests (tests/*.json) and properties (tests/properties.yaml):"
        + " each with PASS or FAIL and, for a failure, the difference; then the coverage. Exit 1 on any failure.")
final class TestCommand extends PackCommand {

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "also write the results as JUnit XML, for CI")
    Path junitXml;

    @Override
    int run(Pack pack) throws IOException {
        PrintWriter out = out();
        long start = System.nanoTime();
        PackReport report = new PackTester(PackFolder.assessor(), Defaults.FIRE_LIMIT).test(pack, dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.println(pack.id() + " " + pack.version() + ": " + report.summary().tests() + " tests, " + report.summary().properties() + " properties");
        report.tests().forEach(test -> print(out, test));
        report.properties().forEach(property -> out.println(property.report()));
        if (!report.properties().isEmpty()) {
            out.println("properties searched " + report.search());
        }
        out.println(report.coverage().report());
        PackReport.Summary summary = report.summary();
        out.println((report.passed() ? "PASS" : "FAIL") + ": " + (summary.tests() - summary.testsFailed()) + " of " + summary.tests()
                + " tests and " + (summary.properties() - summary.propertiesFailed()) + " of " + summary.properties()
                + " properties passed in " + millis + " ms");
        if (junitXml != null) {
            JUnitXml.write(report, junitXml, millis);
            out.println("JUnit XML written to " + junitXml);
        }
        return report.passed() ? 0 : 1;
    }

    private static void print(PrintWriter out, PackReport.TestCase test) {
        out.println(test.status() + " " + test.test());
        if ("PASS".equals(test.status())) {
            return;
        }
        test.differences().forEach(d -> out.println("  - " + d));
        print(out, "expected", test.expected());
        print(out, "absent", test.absent());
        print(out, "actual", test.actual());
    }

    private static void print(PrintWriter out, String label, PackTest.Outcome outcome) {
        if (outcome != null) {
            out.printf("  %-9s %s; findings %s; measures %s%n", label + ":", levels(outcome), outcome.findings(), outcome.measures());
        }
    }

    /** {@code verdict BLOCKED}, or each rating's level where the pack names its own: {@code accession BLOCKED, security SERIOUS}. */
    private static String levels(PackTest.Outcome outcome) {
        List<String> levels = new ArrayList<>();
        outcome.ratings().forEach((rating, level) -> {
            if (!rating.equals(Ratings.DEFAULT_ID)) {
                levels.add(rating + " " + level);
            }
        });
        if (levels.isEmpty()) {
            return "verdict " + (outcome.verdict() == null ? "(any)" : outcome.verdict());
        }
        return String.join(", ", levels);
    }
}
