package io.imageshare.api.tencent;

import io.github.bucket4j.BucketConfiguration;
import io.imageshare.core.AccountId;
import java.time.Duration;
import java.time.InstantSource;

/**
 * At most {@code perSecond} requests per second per account and action (decisions §6), from one
 * Bucket4j token bucket per pair: capacity {@code perSecond}, refilled greedily at {@code perSecond}
 * tokens a second (docs/adr/0009). The buckets live in this process ({@link #RateLimiter(InstantSource,
 * int, int)}) or in the database that all nodes share (docs/adr/0010).
 */
public final class RateLimiter {
    /** Tencent documents 10 requests per second for each CVM image API. */
    public static final int TENCENT_PER_SECOND = 10;
    public static final int DEFAULT_MAX_BUCKETS = 100_000;

    /** Where the buckets live: takes one token from the bucket of this key, made from the configuration if new. */
    @FunctionalInterface
    public interface Buckets {
        boolean tryConsume(String key, BucketConfiguration configuration);
    }

    private final int perSecond;
    private final BucketConfiguration configuration;
    private final Buckets buckets;

    /** Buckets shared with other nodes, or kept anywhere else. */
    public RateLimiter(int perSecond, Buckets buckets) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate");
        }
        this.perSecond = perSecond;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
        this.buckets = buckets;
    }

    /** Buckets in this process, on the server's clock, at most {@code maxBuckets} of them. */
    public RateLimiter(InstantSource clock, int perSecond, int maxBuckets) {
        this(perSecond, new LocalBuckets(clock, maxBuckets));
    }

    public int perSecond() {
        return perSecond;
    }

    /**
     * Takes one token for the pair; false when its bucket is empty.
     *
     * @throws io.imageshare.core.StoreUnavailableException when shared buckets cannot be reached
     */
    public boolean tryAcquire(AccountId account, String action) {
        return buckets.tryConsume(account.cloud().seedName() + ":" + account.id() + ":" + action, configuration);
    }

    int bucketCount() {
        return ((LocalBuckets) buckets).size();
    }
}
