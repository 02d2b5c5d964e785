package io.imageshare.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "imageshare", mixinStandardHelpOptions = true, version = "ImageShare 0.1",
        description = "Self-hostable image-sharing permission service (ECS, ENS, SWAS and CVM APIs).")
public final class Main {
    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("account", AccountCommand::new);
        COMMANDS.put("user", UserCommand::new);
        COMMANDS.put("key", KeyCommand::new);
        COMMANDS.put("image", ImageCommand::new);
        COMMANDS.put("seed", SeedCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
        COMMANDS.put("bulk-load", BulkLoadCommand::new);
        COMMANDS.put("bench-charts", BenchChartsCommand::new);
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine(args).execute(args));
    }

    /** Every command, for help and for tests. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The commands as main runs them: a failure is one line on standard error and exit code 1. When
     * the first argument names a command, only that one is built: picocli reads every command's
     * annotations by reflection, and a server start should not pay for the other nine (issue 6).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        boolean one = args.length > 0 && COMMANDS.containsKey(args[0]);
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(args[0])) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("imageshare: " + e.getMessage());
            return 1;
        });
        return cli;
    }
}
