package io.imageshare.bench;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * One sending thread of a run (a closed-loop worker, or an open loop with its connections) and what
 * it saw in the measured part: latencies, answers by status, errors by code. {@link LoadRun} merges them.
 */
abstract class Sender implements Runnable {
    final Histogram histogram = new Histogram(LoadRun.MAX_MICROS, 3);
    /** From each request's actual send (signed and written), not when it was due: no wait for a free connection. */
    final Histogram service = new Histogram(LoadRun.MAX_MICROS, 3);
    final Map<String, Long> errors = new TreeMap<>();
    final Map<Integer, Long> statuses = new TreeMap<>();
    long requests;
    Throwable failure;

    @Override
    public final void run() {
        try {
            send();
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** Sends until the run's end. */
    abstract void send() throws Exception;

    /**
     * One answer (status 0 and an error when none came), its latency counted from {@code intended}, its
     * service time from {@code sent} (the same in a closed loop).
     */
    void record(long intended, long sent, long done, int status, String error) {
        requests++;
        histogram.recordValue(micros(done - intended));
        service.recordValue(micros(done - sent));
        statuses.merge(status, 1L, Long::sum);
        if (error != null) {
            errors.merge(error, 1L, Long::sum);
        }
    }

    private static long micros(long nanos) {
        return Math.min(LoadRun.MAX_MICROS, Math.max(0, nanos / 1000));
    }
}
