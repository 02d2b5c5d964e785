package io.imageshare.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.imageshare.bench.Bench;
import io.imageshare.bench.BenchOptions;
import io.imageshare.bench.BenchReport;
import io.imageshare.bench.BenchReports;
import io.imageshare.bench.BenchRun;
import io.imageshare.bench.ReportTable;
import io.imageshare.bench.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load a server with freshly signed requests and report throughput, latency, errors and the "
                + "server's CPU and memory (docs/benchmarks.md).")
final class BenchCommand implements Callable<Integer> {
    static final String ALL = "ecs-describe,ens-describe,swas-list,cvm-describe,ecs-modify,mix-95-5,ecs-page-first,"
            + "ecs-page-last,noop,nginx";

    @Option(names = "--target", paramLabel = "URL",
            description = "A running server (http://host:port), loaded with bench/seed.json and served with "
                    + "--share-limit ecs=500, a high --tencent-rate-limit and --bench-routes. Default: start one.")
    String target;

    @Option(names = "--server-pid", description = "The --target server's pid, to report its CPU and memory.")
    Long serverPid;

    @Option(names = "--scenario", split = ",", defaultValue = ALL,
            description = "Scenarios to run, comma-separated, or none (default: all; nginx where installed or "
                    + "given by --nginx-url).")
    List<String> scenarios;

    @Option(names = "--concurrency", split = ",", defaultValue = "4",
            description = "Workers (connections); a list runs each scenario at each level (default 4).")
    List<Integer> concurrency;

    @Option(names = "--duration", defaultValue = "10", description = "Measured seconds per run (default 10).")
    double duration;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured seconds before each run (default 3).")
    double warmup;

    @Option(names = "--server-warmup", paramLabel = "S", defaultValue = "10",
            description = "At least this many seconds of every chosen scenario, unmeasured, before the first run, "
                    + "then on until the server's JIT compilers are quiet, where its pid is known (default 10; 0 for "
                    + "none).")
    double serverWarmup;

    @Option(names = "--server-warmup-max", paramLabel = "S", defaultValue = "120",
            description = "The server's warm-up ends after this many seconds even while its JIT compilers still "
                    + "work (default 120).")
    double serverWarmupMax;

    @Option(names = "--server-per-run", description = "Start a server of its own, warmed, for every scenario at every "
            + "concurrency: a sweep at the peak sends more signed requests than one server's replay memory keeps "
            + "(docs/adr/0005). Not with --target or --rate-of-peak.")
    boolean serverPerRun;

    @Option(names = "--rate", description = "Open loop: requests per second across the workers, latency from the "
            + "scheduled send time. Default: closed loop.")
    Double rate;

    @Option(names = "--per-connection", description = "Open loop: give each connection its own evenly spaced share "
            + "of the sends (as wrk2 does), so a send waits behind its own connection's slow answer. Default: the next "
            + "send goes out on whichever connection is free, as from a client's connection pool.")
    boolean perConnection;

    @Option(names = "--rate-of-peak", paramLabel = "F", description = "After each scenario's closed-loop sweep, one "
            + "open-loop run at F times its best requests/s, at that run's concurrency (0.5: latency at half the peak "
            + "load).")
    Double rateOfPeak;

    @Option(names = "--peak-from", paramLabel = "REPORT", description = "With --rate-of-peak and one scenario: take "
            + "the peak from this earlier report's closed-loop runs instead of sweeping again, and run only the open "
            + "loop at that rate, once for each --concurrency, on a server of its own (a sweep fills the replay memory "
            + "of the server it ran on).")
    Path peakFrom;

    @Option(names = "--aliyun-signature", defaultValue = "rpc",
            description = "How ECS requests are signed: rpc (RPC v1 HMAC-SHA1) or acs3 (default rpc).")
    String aliyunSignature;

    @Option(names = "--nginx-url", paramLabel = "URL", description = "Where nginx serves the same answer bytes "
            + "(default: the bench starts nginx itself where it is installed).")
    String nginxUrl;

    @Option(names = "--cold-start", paramLabel = "N", defaultValue = "0",
            description = "Also start a server N times on fresh data and time it to the first served request.")
    int coldStarts;

    @Option(names = "--stored-shares", paramLabel = "N", description = "Label: the shares the store holds.")
    Long storedShares;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the started server "
            + "(default: a fresh temporary one).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "PostgreSQL for the started server.")
    String db;

    @Option(names = "--db-user", description = "PostgreSQL user for --db.")
    String dbUser;

    @Option(names = "--server-opts", paramLabel = "OPTS", defaultValue = "${env:IMAGESHARE_SERVER_OPTS:-}",
            description = "JVM options for the started server, space-separated (default: the JVM options "
                    + "./imageshare serve would use, which it passes as IMAGESHARE_SERVER_OPTS; else none).")
    String serverOpts;

    @Option(names = "--jar", defaultValue = "target/imageshare.jar", description = "The server jar to start.")
    Path jar;

    @Option(names = "--seed", defaultValue = "bench/seed.json", description = "The bench fixture (seed file).")
    Path seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON report here.")
    Path out;

    @Override
    public Integer call() throws Exception {
        BenchReport report = new Bench(options()).run();
        ReportTable.print(report, System.out);
        if (out != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
            System.out.println("report: " + out);
        }
        return report.runs().stream().anyMatch(r -> r.requests() == 0) ? 1 : 0;
    }

    /** The best closed-loop run of the one chosen scenario in the --peak-from report. */
    private BenchRun peakOf(List<String> chosen) {
        if (rateOfPeak == null || chosen.size() != 1) {
            throw new IllegalArgumentException("--peak-from needs --rate-of-peak and exactly one scenario");
        }
        List<BenchRun> runs;
        try {
            runs = BenchReports.read(List.of(peakFrom), note -> { });
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --peak-from " + peakFrom + ": " + e.getMessage(), e);
        }
        return runs.stream().filter(r -> r.closedLoop() && r.scenario().equals(chosen.get(0)))
                .max(Comparator.comparingDouble(BenchRun::requestsPerSecond))
                .orElseThrow(() -> new IllegalArgumentException(
                        peakFrom + " has no closed-loop run of " + chosen.get(0)));
    }

    BenchOptions options() {
        List<String> chosen = scenarios.stream().map(String::strip).filter(s -> !s.isEmpty())
                .filter(s -> !s.equals("none")).toList();
        List<String> store = new ArrayList<>();
        if (db != null) {
            store.addAll(List.of("--db", db));
            if (dbUser != null) {
                store.addAll(List.of("--db-user", dbUser));
            }
        }
        if (data != null) {
            store.addAll(List.of("--data", data.toString()));
        }
        for (String name : chosen) {
            if (!Scenario.NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown scenario '" + name + "' (" + Scenario.NAMES + ")");
            }
        }
        if (concurrency.stream().anyMatch(c -> c < 1) || (rate != null && rate <= 0) || duration <= 0 || warmup < 0
                || serverWarmup < 0 || serverWarmupMax < serverWarmup) {
            throw new IllegalArgumentException("concurrency, rate and duration must be positive, warmup not negative, "
                    + "--server-warmup-max not below --server-warmup");
        }
        if (perConnection && rate == null && rateOfPeak == null) {
            throw new IllegalArgumentException("--per-connection shares an open loop's sends: give --rate or "
                    + "--rate-of-peak");
        }
        if (rateOfPeak != null && (rate != null || rateOfPeak <= 0 || rateOfPeak > 1)) {
            throw new IllegalArgumentException("--rate-of-peak takes a fraction in (0, 1] and no --rate");
        }
        if (serverPerRun && (target != null || (rateOfPeak != null && peakFrom == null))) {
            throw new IllegalArgumentException("--server-per-run starts its servers: not with --target, and "
                    + "--rate-of-peak only with --peak-from");
        }
        List<String> jvm = serverOpts.isBlank() ? List.of() : List.of(serverOpts.strip().split("\\s+"));
        if (peakFrom != null) {
            BenchRun peak = peakOf(chosen);
            return new BenchOptions(target, serverPid, jar, seed, store, jvm, chosen, concurrency,
                    Bench.rateAt(peak.requestsPerSecond(), rateOfPeak), perConnection, null, warmup, duration,
                    serverWarmup, serverWarmupMax, aliyunSignature, nginxUrl, coldStarts, storedShares, serverPerRun,
                    peak.requestsPerSecond());
        }
        return new BenchOptions(target, serverPid, jar, seed, store, jvm, chosen, concurrency, rate, perConnection,
                rateOfPeak, warmup, duration, serverWarmup, serverWarmupMax, aliyunSignature, nginxUrl, coldStarts,
                storedShares, serverPerRun, null);
    }
}
