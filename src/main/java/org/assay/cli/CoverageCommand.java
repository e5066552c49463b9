package org.assay.cli;

import org.assay.engine.Pack;
import org.assay.tester.Coverage;
import org.assay.tester.PackTestRunner;
import org.assay.tester.TestFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code coverage PACK_DIR [--fail-under PERCENT]}: the rules no test fires and the measures no test checks. */
@Command(name = "coverage", description = "Run a pack's tests and list the rules that fired in none of them and the measures"
        + " recommended that no test names in expect or absent, with the share of rules fired.")
final class CoverageCommand extends PackCommand {

    @Option(names = "--fail-under", paramLabel = "PERCENT", description = "exit 1 when fewer rules than this share fire")
    Double failUnder;

    @Override
    int run(Pack pack) throws IOException {
        PrintWriter out = out();
        TestFiles.Tests tests = TestFiles.tests(dir);
        Coverage coverage = Coverage.of(pack, tests.tests(), new PackTestRunner(PackFolder.assessor()).run(pack, tests));
        out.println(pack.id() + " " + pack.version() + ": " + tests.tests().size() + " tests");
        out.println(coverage.report());
        if (failUnder != null && coverage.percent() < failUnder) {
            out.println("rule coverage " + coverage.percent() + "% is under " + failUnder + "%");
            return 1;
        }
        return 0;
    }
}
