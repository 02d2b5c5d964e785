package io.imageshare.cli;

import io.imageshare.bench.BenchCharts;
import io.imageshare.bench.BenchReports;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-charts", mixinStandardHelpOptions = true,
        description = "Draw PNG charts from bench reports: throughput.png, latency-percentiles.png, "
                + "latency-vs-stored.png and pages.png (closed-loop runs only). A chart without data is skipped.")
final class BenchChartsCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the PNG files.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "REPORT.json", description = "Bench reports (imageshare bench).")
    List<Path> reports;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        // No display is needed or wanted: charts are drawn into images.
        System.setProperty("java.awt.headless", "true");
        PrintWriter stdout = command.commandLine().getOut();
        Files.createDirectories(out);
        List<Path> written = new BenchCharts(out, stdout::println).write(BenchReports.read(reports, stdout::println));
        written.forEach(file -> stdout.println("wrote " + file));
        stdout.flush();
        return 0;
    }
}
