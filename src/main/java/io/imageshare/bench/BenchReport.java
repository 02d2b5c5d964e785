package io.imageshare.bench;

import java.util.List;
import java.util.Map;

/**
 * The JSON report of one {@code imageshare bench} run, in the shape the chart generator reads
 * (docs/benchmarks.md). Server figures are null where the server's pid is unknown.
 */
public record BenchReport(String tool, String startedAt, Server server, Long storedShares, List<Run> runs,
                          ColdStart coldStart, List<String> notes) {

    public record Server(String address, boolean startedByBench, String command, Long pid) {
    }

    /**
     * @param rate     requests per second asked for (open loop), null for closed loop
     * @param ofPeak   the peak requests/s that {@code rate} is a share of ({@code --rate-of-peak}), null otherwise
     * @param arrivals how an open loop shared its sends among the connections ({@code next-free-connection}
     *                 or {@code per-connection}, docs/adr/0020), null for closed loop
     * @param latencyMs  from each request's scheduled send (open loop) or its send (closed loop) to the answer
     * @param serviceMs  open loop: from each request's actual send to its answer, without the wait for a
     *                   free connection that {@code latencyMs} counts; null for closed loop, where it is
     *                   {@code latencyMs}
     */
    public record Run(String scenario, int concurrency, Double rate, Double ofPeak, String arrivals,
                      double durationSeconds, long requests, double requestsPerSecond, LatencyMs latencyMs,
                      LatencyMs serviceMs, long errors, Map<String, Long> errorsByCode,
                      Map<String, Long> responsesByStatus, ServerUse server) {
    }

    public record LatencyMs(double p50, double p90, double p99, double p999, double max) {
    }

    /**
     * @param cpuPercent of one core, over the run (200 = both cores of two busy)
     * @param rssPeakMiB the highest resident size during the run (the kernel's VmHWM, reset before it where allowed)
     */
    public record ServerUse(Double cpuPercent, Double rssEndMiB, Double rssPeakMiB) {
    }

    /** @param millisToFirstRequest the median; @param runs every start's milliseconds, in order */
    /**
     * @param millisToFirstRequest the median of {@code runs}: a restart on data a first start left
     * @param firstStarts          starts on a fresh data directory (schema created, fixture seeded)
     */
    public record ColdStart(long millisToFirstRequest, List<Long> runs, List<Long> firstStarts) {
    }
}
