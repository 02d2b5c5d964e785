package io.imageshare.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "imageshare", mixinStandardHelpOptions = true, version = "ImageShare 0.1",
        description = "Self-hostable image-sharing permission service (ECS, ENS, SWAS and CVM APIs).",
        subcommands = {ServeCommand.class, AccountCommand.class, KeyCommand.class, ImageCommand.class,
                SeedCommand.class, ExportCommand.class, ImportCommand.class, BenchCommand.class,
                BulkLoadCommand.class, BenchChartsCommand.class})
public final class Main {
    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    /** The commands as main runs them: a failure is one line on standard error and exit code 1. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("imageshare: " + e.getMessage());
            return 1;
        });
        return cli;
    }
}
