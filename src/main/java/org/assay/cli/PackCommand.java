package org.assay.cli;

import org.assay.engine.Pack;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command over one pack folder: it checks and loads the pack, printing every problem, then runs on it. */
abstract class PackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK_DIR", description = "the pack folder, e.g. rules/bih-nato")
    Path dir;

    @Override
    public final Integer call() throws IOException {
        PackFolder.check(spec, dir);
        Pack pack = PackFolder.load(dir, err());
        return pack == null ? 1 : run(pack);
    }

    /** @return the exit code: 0 when all is well, 1 when the command found a failure */
    abstract int run(Pack pack) throws IOException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
