package io.imageshare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One run of a bench report (docs: the report contract), as the charts need it: what was measured,
 * at which load, and the report's stored data. Read from Jackson's tree, so fields the charts do not
 * use may be anything.
 *
 * @param rate         requests/s of an open-loop run, null for a closed loop (fixed concurrency)
 * @param storedShares the report's stored shares, null when it did not say
 * @param latencyMs    p50, p90, p99 and p99.9 in milliseconds
 */
public record BenchRun(String scenario, int concurrency, Double rate, double requestsPerSecond,
                       List<Double> latencyMs, Long storedShares) {
    public static final List<String> PERCENTILES = List.of("p50", "p90", "p99", "p99.9");
    private static final List<String> FIELDS = List.of("p50", "p90", "p99", "p999");

    /** The run, or null when it lacks the scenario, concurrency, throughput or a percentile. */
    static BenchRun of(JsonNode run, Long storedShares) {
        JsonNode latency = run.path("latencyMs");
        if (!run.path("scenario").isTextual() || !run.path("concurrency").canConvertToInt()
                || !run.path("requestsPerSecond").isNumber()
                || FIELDS.stream().anyMatch(field -> !latency.path(field).isNumber())) {
            return null;
        }
        JsonNode rate = run.path("rate");
        return new BenchRun(run.get("scenario").textValue(), run.get("concurrency").intValue(),
                rate.isNumber() ? rate.doubleValue() : null, run.get("requestsPerSecond").doubleValue(),
                FIELDS.stream().map(field -> latency.get(field).doubleValue()).toList(), storedShares);
    }

    public boolean closedLoop() {
        return rate == null;
    }

    public double latency(String percentile) {
        return latencyMs.get(PERCENTILES.indexOf(percentile));
    }
}
