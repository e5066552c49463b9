package org.assay.cli;

import org.assay.engine.Pack;
import org.assay.tester.VersionComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code compare OLD_PACK_DIR NEW_PACK_DIR}: what a rule change does to every test and named scenario. */
@Command(name = "compare", description = "Assess every test and named scenario of two versions of a pack with both,"
        + " and list each outcome that changes: verdict, test result, findings and measures added or removed.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD_PACK_DIR", description = "the version serving now, e.g. rules/bih-nato")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW_PACK_DIR", description = "the changed copy; its folder has the pack's name, e.g. /tmp/new/bih-nato")
    Path after;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PackFolder.check(spec, before);
        PackFolder.check(spec, after);
        Pack old = PackFolder.load(before, err);
        Pack changed = PackFolder.load(after, err);
        if (old == null || changed == null) {
            return 1;
        }
        spec.commandLine().getOut().println(new VersionComparison(PackFolder.assessor()).compare(old, before, changed, after).report());
        return 0;
    }
}
