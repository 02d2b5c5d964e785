package io.imageshare.api.tencent;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.imageshare.core.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code perSecond} requests per second per account and action (decisions §6), from one
 * Bucket4j token bucket per pair: capacity {@code perSecond}, refilled greedily at {@code perSecond}
 * tokens a second, on the server's clock (docs/adr/0009).
 *
 * <p>Memory stays bounded: the buckets live in a map of at most {@code maxBuckets} entries in
 * least-recently-used order. A bucket unused for one second is full again, so dropping it changes
 * nothing; only more than {@code maxBuckets} pairs active within one second could lose state.
 */
public final class RateLimiter {
    /** Tencent documents 10 requests per second for each CVM image API. */
    public static final int TENCENT_PER_SECOND = 10;
    public static final int DEFAULT_MAX_BUCKETS = 100_000;

    private final TimeMeter time;
    private final int perSecond;
    private final Map<Key, Bucket> buckets;

    private record Key(AccountId account, String action) {
    }

    public RateLimiter(InstantSource clock, int perSecond, int maxBuckets) {
        if (perSecond < 1 || maxBuckets < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and room for buckets");
        }
        this.time = new ClockTimeMeter(clock);
        this.perSecond = perSecond;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Bucket> eldest) {
                return size() > maxBuckets;
            }
        };
    }

    public int perSecond() {
        return perSecond;
    }

    /** Takes one token for the pair; false when its bucket is empty. */
    public boolean tryAcquire(AccountId account, String action) {
        return bucket(new Key(account, action)).tryConsume(1);
    }

    private Bucket bucket(Key key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                    .withCustomTimePrecision(time)
                    .build());
        }
    }

    int bucketCount() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    /** Bucket4j's clock, read from the server's: tests move time instead of sleeping. */
    private record ClockTimeMeter(InstantSource clock) implements TimeMeter {
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
}
