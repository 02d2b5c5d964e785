package io.imageshare.core;

import io.github.bucket4j.TimeMeter;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Bucket4j's clock, read from the server's: tests move time instead of sleeping, and every node's
 * buckets, local or shared, run on the same clock as its signature checks.
 */
public record ClockTimeMeter(InstantSource clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
