package io.imageshare.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * One measured run: {@code concurrency} workers, each on its own keep-alive connection, send for
 * the warm-up and then the measured duration. Closed loop by default (send, wait, send); with a
 * rate, open loop: sends are scheduled, and latency counts from the scheduled time, so a slow answer
 * that delays later sends shows in their latency too (coordinated omission corrected).
 */
final class LoadRun {
    /** Latencies in microseconds up to a minute; three significant digits. */
    static final long MAX_MICROS = 60_000_000L;

    record Settings(int concurrency, Double rate, double warmupSeconds, double durationSeconds) {
    }

    /** What the workers saw in the measured part. */
    record Outcome(long requests, double seconds, Histogram latencyMicros, Map<String, Long> errorsByCode,
                   Map<Integer, Long> responsesByStatus) {
        long errors() {
            return errorsByCode.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LoadRun() {
    }

    static Outcome run(Endpoint endpoint, Scenario scenario, Settings settings) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + seconds(settings.warmupSeconds());
        long end = measureFrom + seconds(settings.durationSeconds());
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.concurrency(); i++) {
            Worker w = new Worker(i, endpoint, scenario, settings, start, measureFrom, end);
            workers.add(w);
            threads.add(Thread.ofPlatform().name("bench-" + scenario.name() + "-" + i).start(w));
        }
        for (Thread t : threads) {
            t.join();
        }
        Histogram merged = new Histogram(MAX_MICROS, 3);
        Map<String, Long> errors = new TreeMap<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        long requests = 0;
        for (Worker w : workers) {
            if (w.failure != null) {
                throw new IllegalStateException("worker " + w.index + " failed", w.failure);
            }
            merged.add(w.histogram);
            w.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            w.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            requests += w.requests;
        }
        return new Outcome(requests, settings.durationSeconds(), merged, errors, statuses);
    }

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    private static final class Worker implements Runnable {
        final int index;
        final Endpoint endpoint;
        final Scenario scenario;
        final Settings settings;
        final long start;
        final long measureFrom;
        final long end;
        final Histogram histogram = new Histogram(MAX_MICROS, 3);
        final Map<String, Long> errors = new TreeMap<>();
        final Map<Integer, Long> statuses = new TreeMap<>();
        long requests;
        Throwable failure;

        Worker(int index, Endpoint endpoint, Scenario scenario, Settings settings, long start, long measureFrom,
               long end) {
            this.index = index;
            this.endpoint = endpoint;
            this.scenario = scenario;
            this.settings = settings;
            this.start = start;
            this.measureFrom = measureFrom;
            this.end = end;
        }

        @Override
        public void run() {
            try (HttpConnection connection = endpoint.connect()) {
                var source = scenario.sources().forWorker(index);
                // Open loop: this worker's share of the rate, its sends spread between the others'.
                long interval = settings.rate() == null ? 0
                        : (long) (1e9 * settings.concurrency() / settings.rate());
                long intended = start + (interval * index) / Math.max(1, settings.concurrency());
                while (true) {
                    long now = System.nanoTime();
                    if (interval > 0) {
                        if (intended >= end) {
                            return;
                        }
                        if (intended > now) {
                            LockSupport.parkNanos(intended - now);
                        }
                    } else {
                        if (now >= end) {
                            return;
                        }
                        intended = now;
                    }
                    byte[] request = source.get().encode();
                    String error;
                    int status;
                    try {
                        HttpConnection.Response response = connection.exchange(request);
                        status = response.status();
                        error = ErrorCode.of(status, response.body());
                    } catch (IOException e) {
                        status = 0;
                        error = e.getClass().getSimpleName();
                    }
                    long done = System.nanoTime();
                    if (intended >= measureFrom) {
                        requests++;
                        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, (done - intended) / 1000)));
                        statuses.merge(status, 1L, Long::sum);
                        if (error != null) {
                            errors.merge(error, 1L, Long::sum);
                        }
                    }
                    intended += interval;
                }
            } catch (Throwable t) {
                failure = t;
            }
        }
    }
}
