package io.imageshare.bench;

import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * A thread that asks to wake every millisecond during a run and records how late it woke: how long the
 * machine left a runnable thread unrun. Server and load generator share the cores, so a stall of the
 * machine (another tenant of the VM's host, the scheduler) delays both and reads as server latency; a
 * run whose tail is that long says so beside it. The probe's own collector pauses count too (a
 * stop-the-world pause of the bench delays its sends alike).
 */
final class StallProbe implements AutoCloseable {
    private static final long PERIOD_NANOS = 1_000_000L;
    /** Wake-ups later than this count as stalls: more than a time slice of the other busy threads. */
    private static final long STALL_NANOS = 5_000_000L;

    private final LongSupplier clock;
    private final LongConsumer park;
    private volatile boolean stopped;
    private Thread thread;
    private long wakeUps;
    private long stalls;
    private long longestNanos;
    private long stalledNanos;

    private StallProbe(LongSupplier clock, LongConsumer park) {
        this.clock = clock;
        this.park = park;
    }

    /** A probe on the real clock, its thread started. */
    static StallProbe start() {
        StallProbe probe = new StallProbe(System::nanoTime, LockSupport::parkNanos);
        probe.thread = Thread.ofPlatform().daemon().name("bench-stall-probe").start(() -> {
            while (!probe.stopped) {
                probe.tick();
            }
        });
        return probe;
    }

    /** For tests: a probe on the given clock and sleep, ticked by the caller. */
    static StallProbe on(LongSupplier clock, LongConsumer park) {
        return new StallProbe(clock, park);
    }

    /** One sleep of the period and what it overslept. */
    void tick() {
        long before = clock.getAsLong();
        park.accept(PERIOD_NANOS);
        long late = clock.getAsLong() - before - PERIOD_NANOS;
        synchronized (this) {
            wakeUps++;
            longestNanos = Math.max(longestNanos, late);
            if (late > STALL_NANOS) {
                stalls++;
                stalledNanos += late;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (thread != null) {
            thread.join();
        }
    }

    /** What it saw, for a run's note. */
    synchronized String summary() {
        return String.format(Locale.ROOT, "a 1 ms timer woke up to %.1f ms late, %d times over %d ms (%.0f ms in all)",
                longestNanos / 1e6, stalls, STALL_NANOS / 1_000_000, stalledNanos / 1e6);
    }

    synchronized long wakeUps() {
        return wakeUps;
    }

    synchronized long stalls() {
        return stalls;
    }

    synchronized double longestMillis() {
        return longestNanos / 1e6;
    }
}
