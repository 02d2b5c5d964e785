package io.imageshare.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code imageshare bench} was asked to do.
 *
 * @param target       a running server ({@code http://host:port}), or null to start one
 * @param serverPid    the running server's pid, for its CPU and memory (null: not reported)
 * @param storeOptions for a started server: {@code --data DIR} or {@code --db URL …}; empty for a fresh temp dir
 * @param rate         requests per second across the workers (open loop), or null for closed loop
 * @param perConnection open loop: each connection its own share of the sends, instead of the next free
 *                     connection taking the next send (docs/benchmarks.md)
 * @param rateOfPeak   after each scenario's closed-loop sweep, an open-loop run at this fraction of its best
 *                     requests/s (0.5: latency at half the peak load), or null
 * @param nginxUrl     where nginx serves the same bytes, or null to skip the nginx scenario
 * @param serverWarmupSeconds before the first measured run, at least this long of every chosen server scenario,
 *                     unmeasured, and on until the server's JIT compilers are quiet ({@link ServerWarmUp}): a
 *                     cold JIT would otherwise make the first scenarios look several times slower
 * @param serverWarmupMaxSeconds the warm-up ends here even while the server still compiles
 * @param storedShares the label recorded for the stored data (filled by the bulk loader), or null
 * @param serverPerRun a started server of its own for every scenario at every concurrency, each warmed: a
 *                     sweep at the peak sends more signed requests than one server's replay memory holds
 *                     (two million in 30 minutes, docs/adr/0005), which then refuses the rest
 * @param ofPeak       the peak requests/s that {@code rate} is a share of, when an earlier report's peak set it
 *                     ({@code --peak-from}), or null
 */
public record BenchOptions(String target, Long serverPid, Path jar, Path seed, List<String> storeOptions,
                           List<String> serverJvmOptions, List<String> scenarios, List<Integer> concurrency,
                           Double rate, boolean perConnection, Double rateOfPeak, double warmupSeconds,
                           double durationSeconds, double serverWarmupSeconds, double serverWarmupMaxSeconds,
                           String aliyunSignature, String nginxUrl, int coldStarts, Long storedShares,
                           boolean serverPerRun, Double ofPeak) {
}
