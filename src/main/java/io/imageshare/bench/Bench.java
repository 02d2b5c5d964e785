package io.imageshare.bench;

import io.imageshare.http.ApiResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load generator: sets the server up (its own child process, or one already running), runs
 * every scenario at every concurrency, measures cold starts, and returns the report.
 */
public final class Bench {
    /** Progress on stderr: the whole suite takes most of an hour, and bench/profile waits for a run's start. */
    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    private static final long SELF_PID = ProcessHandle.current().pid();
    private static final ProcStats SELF = new ProcStats(SELF_PID);
    private final BenchOptions options;
    private final List<String> notes = new ArrayList<>();

    public Bench(BenchOptions options) {
        this.options = options;
    }

    public BenchReport run() throws IOException, InterruptedException {
        String startedAt = Instant.now().toString();
        List<BenchReport.Run> runs = new ArrayList<>();
        BenchReport.Server server;
        if (options.scenarios().isEmpty()) {
            server = null;
        } else if (options.target() != null) {
            Endpoint endpoint = Endpoint.parse(options.target());
            server = new BenchReport.Server(endpoint.authority(), false, null, options.serverPid());
            runs = runAll(endpoint, options.serverPid(), options.scenarios(), options.concurrency());
        } else if (options.serverPerRun()) {
            server = null;
            for (String name : options.scenarios()) {
                for (int concurrency : options.concurrency()) {
                    server = runOnChild(runs, List.of(name), List.of(concurrency));
                }
            }
        } else {
            server = runOnChild(runs, options.scenarios(), options.concurrency());
        }
        BenchReport.ColdStart cold = options.coldStarts() > 0
                ? ColdStart.measure(options.coldStarts(), options.jar(), options.serverJvmOptions(), options.seed(),
                options.aliyunSignature())
                : null;
        return new BenchReport("imageshare bench", startedAt, server, options.storedShares(), runs, cold,
                List.copyOf(notes));
    }

    private BenchReport.Server runOnChild(List<BenchReport.Run> runs, List<String> scenarios, List<Integer> concurrency)
            throws IOException, InterruptedException {
        Path temp = options.storeOptions().isEmpty() ? Files.createTempDirectory("imageshare-bench-") : null;
        List<String> store = temp != null ? List.of("--data", temp.toString()) : options.storeOptions();
        Path log = Files.createTempFile("imageshare-bench-server-", ".log");
        try (ServerProcess child = ServerProcess.start(new ServerProcess.Launch(options.jar(),
                options.serverJvmOptions(), store, options.seed(), log))) {
            child.awaitHealthy(120_000);
            Endpoint endpoint = new Endpoint("127.0.0.1", child.port(), "/");
            runs.addAll(runAll(endpoint, child.pid(), scenarios, concurrency));
            notes.add("server log: " + log);
            return new BenchReport.Server(endpoint.authority(), true, child.command(), child.pid());
        } finally {
            if (temp != null) {
                Directories.delete(temp);
            }
        }
    }

    private List<BenchReport.Run> runAll(Endpoint endpoint, Long pid, List<String> scenarios, List<Integer> concurrency)
            throws IOException, InterruptedException {
        SignedCalls calls = new SignedCalls(endpoint.authority(), options.aliyunSignature());
        if (scenarios.stream().anyMatch(s -> s.startsWith("ecs-page"))) {
            PageSetup.ensureRecipients(endpoint, calls);
        }
        ProcStats stats = pid == null ? null : new ProcStats(pid);
        warmUp(endpoint, stats, calls, scenarios, concurrency);
        List<BenchReport.Run> runs = new ArrayList<>();
        for (String name : scenarios) {
            if (name.equals("nginx")) {
                runs.addAll(nginx(calls, concurrency));
                continue;
            }
            Scenario scenario = Scenario.of(name, calls, null);
            List<BenchReport.Run> sweep = new ArrayList<>();
            for (int connections : concurrency) {
                sweep.add(measure(endpoint, scenario, connections, stats, options.rate(), options.ofPeak()));
            }
            runs.addAll(sweep);
            if (options.rateOfPeak() != null && options.rate() == null) {
                // As many connections as the peak needed, so the rate is never limited by too few.
                // The first of equals (the runs last the same nominal time, so equal counts tie).
                BenchReport.Run peak = sweep.get(0);
                for (BenchReport.Run run : sweep) {
                    if (run.requestsPerSecond() > peak.requestsPerSecond()) {
                        peak = run;
                    }
                }
                double rate = rateAt(peak.requestsPerSecond(), options.rateOfPeak());
                runs.add(measure(endpoint, scenario, peak.concurrency(), stats, rate, peak.requestsPerSecond()));
            }
        }
        return runs;
    }

    /** The open-loop rate at a fraction of a peak: whole requests a second, at least one. */
    public static double rateAt(double peakRequestsPerSecond, double fraction) {
        return Math.max(1, Math.round(peakRequestsPerSecond * fraction));
    }

    /** Every chosen server scenario in turn, unmeasured, at the highest concurrency, until the server's JIT settles. */
    private void warmUp(Endpoint endpoint, ProcStats server, SignedCalls calls, List<String> scenarios,
                        List<Integer> concurrency) throws InterruptedException {
        List<String> names = scenarios.stream().filter(n -> !n.equals("nginx")).distinct().toList();
        if (options.serverWarmupSeconds() <= 0 || names.isEmpty()) {
            return;
        }
        int most = concurrency.stream().max(Integer::compare).orElse(1);
        String note = ServerWarmUp.run(names, options.serverWarmupSeconds(), options.serverWarmupMaxSeconds(),
                server == null ? null : server::compilerSeconds,
                (name, seconds) -> LoadRun.run(endpoint, Scenario.of(name, calls, null),
                        new LoadRun.Settings(most, null, 0, seconds), () -> { }));
        LOG.info(note);
        notes.add(note);
    }

    /**
     * ecs-describe's request sent to nginx: the one at --nginx-url (its CPU unknown), else one started
     * here serving the no-op route's bytes where nginx is installed (CPU and RSS of master and workers).
     */
    private List<BenchReport.Run> nginx(SignedCalls calls, List<Integer> concurrency)
            throws IOException, InterruptedException {
        List<BenchReport.Run> runs = new ArrayList<>();
        if (options.nginxUrl() != null) {
            Endpoint nginx = Endpoint.parse(options.nginxUrl());
            Scenario scenario = Scenario.of("nginx", calls, nginx.path());
            for (int connections : concurrency) {
                runs.add(measure(nginx, scenario, connections, null, options.rate(), options.ofPeak()));
            }
        } else if (NginxBaseline.installed()) {
            ApiResponse answer = NoopResponse.ecsDescribe();
            try (NginxBaseline nginx = NginxBaseline.start(answer.body(), answer.contentType())) {
                Scenario scenario = Scenario.of("nginx", calls, "/");
                for (int connections : concurrency) {
                    runs.add(measure(new Endpoint("127.0.0.1", nginx.port(), "/"), scenario, connections,
                            new ProcStats(nginx.pids()), options.rate(), options.ofPeak()));
                }
            }
        } else {
            notes.add("nginx skipped: not installed (Debian: apt-get install nginx-light) and no --nginx-url");
        }
        return runs;
    }

    /**
     * @param rate   requests/s for an open-loop run, null for closed loop
     * @param ofPeak the peak requests/s that {@code rate} is a share of, or null
     */
    private BenchReport.Run measure(Endpoint endpoint, Scenario scenario, int concurrency, ProcStats stats,
                                    Double rate, Double ofPeak) throws InterruptedException {
        ProcStats.Mark[] marks = new ProcStats.Mark[2];
        MachineCpu.Ticks[] machine = new MachineCpu.Ticks[1];
        GcPauses[] pauses = new GcPauses[1];
        StallProbe[] probe = new StallProbe[1];
        LoadRun.Outcome o;
        try {
            o = LoadRun.run(endpoint, scenario, new LoadRun.Settings(concurrency, rate,
                    options.perConnection() ? LoadRun.Arrivals.PER_CONNECTION : LoadRun.Arrivals.SHARED,
                    options.warmupSeconds(), options.durationSeconds()), () -> {
                        LOG.info("{} at {} connections{}: measuring for {} s", scenario.name(), concurrency,
                                rate == null ? "" : String.format(Locale.ROOT, ", %.0f/s", rate),
                                options.durationSeconds());
                        marks[0] = stats == null ? null : stats.mark();
                        marks[1] = SELF.markCpu();
                        machine[0] = MachineCpu.now();
                        pauses[0] = GcPauses.now();
                        probe[0] = StallProbe.start();
                    });
        } finally {
            if (probe[0] != null) {
                probe[0].close();
            }
        }
        BenchReport.ServerUse use = stats == null ? new BenchReport.ServerUse(null, null, null)
                : stats.since(marks[0]);
        // On a shared machine the client's CPU is the server's loss: say how much it took, and what a request
        // cost each side (on this VM it rises as the rate falls, docs/benchmarks.md).
        // Its collector's pauses delay scheduled sends, and so count in the latencies: say how long they were.
        // A stall of the machine delays server and client alike: say how long the longest was.
        double perSecond = o.requests() / o.seconds();
        double selfCpu = SELF.cpuPercentSince(marks[1]);
        MachineCpu.Ticks machineEnd = MachineCpu.now();
        // What else had the machine, where the server's own CPU is known (it may be this very process, in tests).
        String rest = stats == null || machine[0] == null || machineEnd == null ? "" : "; " + MachineCpu.rest(
                machine[0], machineEnd, selfCpu + (stats.includes(SELF_PID) ? 0 : use.cpuPercent()));
        notes.add(scenario.name() + " at " + concurrency + ": the bench itself used " + selfCpu + "% CPU ("
                + perRequest(selfCpu, perSecond) + (use.cpuPercent() == null ? "" : ", the server "
                + perRequest(use.cpuPercent(), perSecond)) + ")" + GcPauses.now().since(pauses[0]) + "; "
                + probe[0].summary() + rest);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        o.responsesByStatus().forEach((status, count) -> byStatus.put(Integer.toString(status), count));
        String arrivals = rate == null ? null : options.perConnection() ? "per-connection" : "next-free-connection";
        BenchReport.LatencyMs latency = latency(o.latencyMicros());
        BenchReport.LatencyMs service = rate == null ? null : latency(o.serviceMicros());
        if (service != null) {
            // Where the tail waited: to be sent (no connection free, or the load generator behind) or for the answer.
            notes.add(String.format(Locale.ROOT, "%s at %d, %.0f/s: p99 %.2f ms from the scheduled send, %.2f ms"
                    + " from the actual send (p99.9 %.2f, %.2f); the difference waited to be sent",
                    scenario.name(), concurrency, rate, latency.p99(), service.p99(), latency.p999(), service.p999()));
        }
        return new BenchReport.Run(scenario.name(), concurrency, rate, ofPeak, arrivals, o.seconds(),
                o.requests(), ProcStats.round(perSecond), latency, service, o.errors(), o.errorsByCode(), byStatus,
                use);
    }

    /** CPU time a request, from a process's CPU percent over a run and the run's requests/s. */
    static String perRequest(double cpuPercent, double requestsPerSecond) {
        return requestsPerSecond <= 0 ? "no requests"
                : String.format(Locale.ROOT, "%.1f µs a request", cpuPercent * 1e4 / requestsPerSecond);
    }

    private static BenchReport.LatencyMs latency(Histogram h) {
        return new BenchReport.LatencyMs(ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
