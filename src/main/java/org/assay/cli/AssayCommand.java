package org.assay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code assay COMMAND ...}: the commands, and how their exits are coded (0 fine, 1 failed, 2 wrong usage). */
@Command(name = "assay", mixinStandardHelpOptions = true, version = "assay 0.1.0",
        description = "Rule authoring for Assay packs. Without arguments, java -jar quarkus-run.jar starts the service.",
        subcommands = {ValidateCommand.class, TestCommand.class, AssessCommand.class, ExplainCommand.class,
                CoverageCommand.class, CompareCommand.class})
public final class AssayCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    /** Runs a command with the process's output streams and returns its exit code. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return commandLine(out, err).execute(args);
    }

    /** The command line writing to these streams; tests call it directly and read what it wrote. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new AssayCommand());
        line.setOut(out);
        line.setErr(err);
        // A failure inside a command is the author's to read, not a stack trace.
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println("error: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return line;
    }
}
