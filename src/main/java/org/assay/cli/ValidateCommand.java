package org.assay.cli;

import org.assay.Defaults;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackException;
import org.assay.engine.serving.PackRehearsal;
import org.assay.tester.TestFiles;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate PACK_DIR}: whether the pack would serve. It compiles, its model fits its baseline,
 * scenarios and levers, the rules assess the baseline and every scenario, and its test files read.
 */
@Command(name = "validate", description = "Compile a pack and check it as the service would before serving it;"
        + " print every problem as file:line:column message. Exit 1 on any problem.")
final class ValidateCommand extends PackCommand {

    @Override
    int run(Pack pack) throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        List<String> problems = new ArrayList<>();
        try {
            PackRehearsal.rehearse(pack, dir, Defaults.FIRE_LIMIT);
        } catch (PackException e) {
            e.problems().forEach(p -> problems.add(p.toString()));
        }
        TestFiles.Tests tests = TestFiles.tests(dir);
        tests.unreadable().forEach(u -> problems.add(u.problem()));
        TestFiles.Properties properties = TestFiles.properties(dir);
        if (properties.problem() != null) {
            problems.add(properties.problem());
        }
        pack.warnings().forEach(w -> out.println(w + " (warning)"));
        problems.forEach(err::println);
        if (!problems.isEmpty()) {
            err.println(pack.id() + ": " + problems.size() + " problem(s)");
            return 1;
        }
        out.println(pack.id() + " " + pack.version() + ": valid; " + pack.rules().size() + " rules, " + pack.schema().types().size()
                + " fact types, " + pack.manifest().levers().size() + " levers, " + pack.scenarios().size() + " scenarios, "
                + tests.tests().size() + " tests, " + properties.properties().size() + " properties");
        return 0;
    }
}
