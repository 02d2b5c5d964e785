package io.imageshare.bench;

import java.util.Map;
import java.util.SortedMap;

/**
 * The open-loop run at a fraction of a closed-loop sweep's peak (the p99 target: "at half the peak
 * load"): its rate, and how many connections carry it.
 *
 * <p>The connections are the fewest whose closed-loop run reached {@link #HEADROOM} times the rate,
 * as a client sizes its pool to its load; the peak's own concurrency if none did. A load is a rate of
 * requests, not a number of connections; more connections than the rate needs only add threads that
 * compete for the same two cores (at the peak's 16 or 32, the no-op route's p99 at half its peak was
 * 33 ms, against 7 ms at 8).
 *
 * @param rate        requests per second
 * @param connections keep-alive connections sending them
 */
public record OpenLoopLoad(double rate, int connections) {
    /** Closed-loop throughput this many times the rate: room for the schedule's bursts and a slow moment. */
    public static final double HEADROOM = 1.5;

    /**
     * @param sweep    closed-loop requests/s by connections (not empty)
     * @param fraction of the best requests/s, in (0, 1]
     */
    public static OpenLoopLoad ofPeak(SortedMap<Integer, Double> sweep, double fraction) {
        Map.Entry<Integer, Double> peak = sweep.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        double rate = Math.max(1, Math.round(peak.getValue() * fraction));
        int connections = sweep.entrySet().stream()
                .filter(run -> run.getValue() >= HEADROOM * rate)
                .map(Map.Entry::getKey)
                .findFirst().orElse(peak.getKey());
        return new OpenLoopLoad(rate, connections);
    }
}
