package io.imageshare.bench;

import io.imageshare.http.ApiResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The load generator: sets the server up (its own child process, or one already running), runs
 * every scenario at every concurrency, measures cold starts, and returns the report.
 */
public final class Bench {
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
            runs = runAll(endpoint, options.serverPid());
        } else {
            server = runOnChild(runs);
        }
        BenchReport.ColdStart cold = options.coldStarts() > 0
                ? ColdStart.measure(options.coldStarts(), options.jar(), options.serverJvmOptions(), options.seed(),
                options.aliyunSignature())
                : null;
        return new BenchReport("imageshare bench", startedAt, server, options.storedShares(), runs, cold,
                List.copyOf(notes));
    }

    private BenchReport.Server runOnChild(List<BenchReport.Run> runs) throws IOException, InterruptedException {
        Path temp = options.storeOptions().isEmpty() ? Files.createTempDirectory("imageshare-bench-") : null;
        List<String> store = temp != null ? List.of("--data", temp.toString()) : options.storeOptions();
        Path log = Files.createTempFile("imageshare-bench-server-", ".log");
        try (ServerProcess child = ServerProcess.start(new ServerProcess.Launch(options.jar(),
                options.serverJvmOptions(), store, options.seed(), log))) {
            child.awaitHealthy(120_000);
            Endpoint endpoint = new Endpoint("127.0.0.1", child.port(), "/");
            runs.addAll(runAll(endpoint, child.pid()));
            notes.add("server log: " + log);
            return new BenchReport.Server(endpoint.authority(), true, child.command(), child.pid());
        } finally {
            if (temp != null) {
                Directories.delete(temp);
            }
        }
    }

    private List<BenchReport.Run> runAll(Endpoint endpoint, Long pid) throws IOException, InterruptedException {
        SignedCalls calls = new SignedCalls(endpoint.authority(), options.aliyunSignature());
        if (options.scenarios().stream().anyMatch(s -> s.startsWith("ecs-page"))) {
            PageSetup.ensureRecipients(endpoint, calls);
        }
        ProcStats stats = pid == null ? null : new ProcStats(pid);
        List<BenchReport.Run> runs = new ArrayList<>();
        for (String name : options.scenarios()) {
            Endpoint to = endpoint;
            String nginxPath = "/";
            if (name.equals("nginx")) {
                if (options.nginxUrl() == null) {
                    runs.addAll(onOwnNginx(calls));
                    continue;
                }
                to = Endpoint.parse(options.nginxUrl());
                nginxPath = to.path();
            }
            Scenario scenario = Scenario.of(name, calls, nginxPath);
            for (int concurrency : options.concurrency()) {
                runs.add(measure(to, scenario, concurrency, name.equals("nginx") ? null : stats));
            }
        }
        return runs;
    }

    /** nginx started here, serving the no-op route's bytes, when no --nginx-url names one. */
    private List<BenchReport.Run> onOwnNginx(SignedCalls calls) throws IOException, InterruptedException {
        if (!NginxBaseline.installed()) {
            notes.add("nginx skipped: not installed (Debian: apt-get install nginx-light)");
            return List.of();
        }
        ApiResponse answer = NoopResponse.ecsDescribe();
        List<BenchReport.Run> runs = new ArrayList<>();
        try (NginxBaseline nginx = NginxBaseline.start(answer.body(), answer.contentType())) {
            Scenario scenario = Scenario.of("nginx", calls, "/");
            for (int concurrency : options.concurrency()) {
                runs.add(measure(new Endpoint("127.0.0.1", nginx.port(), "/"), scenario, concurrency, null));
            }
        }
        return runs;
    }

    private BenchReport.Run measure(Endpoint endpoint, Scenario scenario, int concurrency, ProcStats stats)
            throws InterruptedException {
        ProcStats.Mark mark = stats == null ? null : stats.mark();
        LoadRun.Outcome o = LoadRun.run(endpoint, scenario, new LoadRun.Settings(concurrency, options.rate(),
                options.warmupSeconds(), options.durationSeconds()));
        BenchReport.ServerUse use = stats == null ? new BenchReport.ServerUse(null, null, null) : stats.since(mark);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        o.responsesByStatus().forEach((status, count) -> byStatus.put(Integer.toString(status), count));
        return new BenchReport.Run(scenario.name(), concurrency, options.rate(), o.seconds(), o.requests(),
                ProcStats.round(o.requests() / o.seconds()), latency(o.latencyMicros()), o.errors(), o.errorsByCode(),
                byStatus, use);
    }

    private static BenchReport.LatencyMs latency(Histogram h) {
        return new BenchReport.LatencyMs(ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
