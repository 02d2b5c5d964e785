package io.imageshare.cli;

import java.io.Console;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The --progress and --quiet options of export, import and bulk-load. */
final class ProgressOptions {
    @Option(names = "--progress", description = "Show the progress bar on standard error even when this is not run "
            + "in a terminal (it is shown there by default).")
    boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "Show neither the progress bar nor the summary line.")
    boolean quiet;

    /** The command these options belong to, for its standard error. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    ProgressReport report(String task) {
        boolean terminal = inTerminal();
        return new ProgressReport(task, !quiet && (progress || terminal), terminal);
    }

    /** The one-line summary of what was done, on standard error (standard output may be the dump). */
    void summary(String line) {
        if (!quiet) {
            command.commandLine().getErr().println(line);
        }
    }

    /**
     * Java cannot ask whether standard error is a terminal; System.console() (standard input and
     * output are one) is the nearest question. JDK 22 to 24 return a console even when both are
     * redirected and answer with Console.isTerminal(), which Java 21, our minimum, does not have.
     */
    private static boolean inTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console is a terminal
        }
    }
}
