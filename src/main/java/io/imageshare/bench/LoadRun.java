package io.imageshare.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * One measured run: {@code concurrency} keep-alive connections send for the warm-up and then the
 * measured duration. Closed loop by default: a worker thread per connection sends, waits for the
 * answer, sends again. With a rate, open loop ({@link OpenLoop}): sends are scheduled, and latency
 * counts from the scheduled time, so a slow answer that delays later sends shows in their latency too
 * (coordinated omission corrected).
 */
final class LoadRun {
    /** Latencies in microseconds up to a minute; three significant digits. */
    static final long MAX_MICROS = 60_000_000L;

    /** How an open loop's scheduled sends are shared among the connections. */
    enum Arrivals {
        /** One stream; each send on the next free connection. */
        SHARED,
        /** Each connection its own evenly spaced share of the stream. */
        PER_CONNECTION
    }

    record Settings(int concurrency, Double rate, Arrivals arrivals, double warmupSeconds,
                    double durationSeconds) {
        Settings(int concurrency, Double rate, double warmupSeconds, double durationSeconds) {
            this(concurrency, rate, Arrivals.SHARED, warmupSeconds, durationSeconds);
        }
    }

    /**
     * What the workers saw in the measured part.
     *
     * @param serviceMicros from each request's write to its answer: in an open loop, the latency without
     *                      the wait for a free connection; in a closed loop, the latency
     */
    record Outcome(long requests, double seconds, Histogram latencyMicros, Histogram serviceMicros,
                   Map<String, Long> errorsByCode, Map<Integer, Long> responsesByStatus) {
        long errors() {
            return errorsByCode.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LoadRun() {
    }

    /** @param atMeasureStart runs when the warm-up ends (the server's CPU and memory are read from then) */
    static Outcome run(Endpoint endpoint, Scenario scenario, Settings settings, Runnable atMeasureStart)
            throws InterruptedException {
        // An open loop per core, so that the load generator's share of the CPU is not one thread's.
        int loops = Math.min(settings.concurrency(), Runtime.getRuntime().availableProcessors());
        return run(endpoint, scenario, settings, loops, atMeasureStart);
    }

    /** @param loops how many open loops share the connections (closed loop: unused) */
    static Outcome run(Endpoint endpoint, Scenario scenario, Settings settings, int loops, Runnable atMeasureStart)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + nanos(settings.warmupSeconds());
        long end = measureFrom + nanos(settings.durationSeconds());
        List<Sender> senders = new ArrayList<>();
        if (settings.rate() == null) {
            for (int i = 0; i < settings.concurrency(); i++) {
                senders.add(new Worker(i, endpoint, scenario, measureFrom, end));
            }
        } else {
            OpenLoop.Times times = new OpenLoop.Times(start, measureFrom, end);
            OpenLoop.Sends sends = new OpenLoop.Sends();
            for (int i = 0; i < loops; i++) {
                senders.add(new OpenLoop(endpoint, scenario, settings, times, sends, i, loops));
            }
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < senders.size(); i++) {
            threads.add(Thread.ofPlatform().name("bench-" + scenario.name() + "-" + i).start(senders.get(i)));
        }
        while (System.nanoTime() < measureFrom) {
            Thread.sleep(Math.max(1, (measureFrom - System.nanoTime()) / 1_000_000));
        }
        atMeasureStart.run();
        for (Thread t : threads) {
            t.join();
        }
        Histogram merged = new Histogram(MAX_MICROS, 3);
        Histogram service = new Histogram(MAX_MICROS, 3);
        Map<String, Long> errors = new TreeMap<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        long requests = 0;
        for (int i = 0; i < senders.size(); i++) {
            Sender s = senders.get(i);
            if (s.failure != null) {
                throw new IllegalStateException(threads.get(i).getName() + " failed", s.failure);
            }
            merged.add(s.histogram);
            service.add(s.service);
            s.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            s.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            requests += s.requests;
        }
        return new Outcome(requests, settings.durationSeconds(), merged, service, errors, statuses);
    }

    static long nanos(double s) {
        return (long) (s * 1e9);
    }

    /** Closed loop: one connection, the next request as soon as the answer came. */
    private static final class Worker extends Sender {
        final int index;
        final Endpoint endpoint;
        final Scenario scenario;
        final long measureFrom;
        final long end;

        Worker(int index, Endpoint endpoint, Scenario scenario, long measureFrom, long end) {
            this.index = index;
            this.endpoint = endpoint;
            this.scenario = scenario;
            this.measureFrom = measureFrom;
            this.end = end;
        }

        @Override
        void send() {
            try (HttpConnection connection = endpoint.connect()) {
                var source = scenario.sources().forWorker(index);
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        return;
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
                    if (sent >= measureFrom) {
                        record(sent, sent, System.nanoTime(), status, error);
                    }
                }
            }
        }
    }
}
