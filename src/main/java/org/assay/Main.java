package org.assay;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.assay.cli.AssayCommand;

/**
 * The jar's entry point: with no arguments it starts the service; with arguments it runs a rule
 * author's command and exits, without starting Quarkus, so a command opens no port and no database.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length == 0) {
            Quarkus.run(args);
            return;
        }
        System.exit(AssayCommand.execute(args));
    }
}
