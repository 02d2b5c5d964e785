package io.imageshare.api.tencent;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.imageshare.core.ClockTimeMeter;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets in this process's memory, for a single node. Memory stays bounded: a map of at
 * most {@code maxBuckets} entries in least-recently-used order. A bucket unused for one second is
 * full again, so dropping it changes nothing; only more than {@code maxBuckets} keys active within
 * one second could lose state.
 */
final class LocalBuckets implements RateLimiter.Buckets {
    private final ClockTimeMeter time;
    private final Map<String, Bucket> buckets;

    LocalBuckets(InstantSource clock, int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("a rate limit needs room for buckets");
        }
        this.time = new ClockTimeMeter(clock);
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxBuckets;
            }
        };
    }

    @Override
    public boolean tryConsume(String key, BucketConfiguration configuration) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> {
                var builder = Bucket.builder().withCustomTimePrecision(time);
                for (var limit : configuration.getBandwidths()) {
                    builder.addLimit(limit);
                }
                return builder.build();
            });
        }
        return bucket.tryConsume(1);
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
