package io.imageshare.store;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.imageshare.core.ClockTimeMeter;
import io.imageshare.core.StoreUnavailableException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate-limit token buckets in PostgreSQL, through Bucket4j's proxy manager, so that a limit holds
 * for the sum of all nodes (docs/adr/0010). Each take is one transaction that locks the bucket's
 * row (SELECT ... FOR UPDATE), so takes through different nodes queue on the row, never race.
 * Time is each node's clock, as for signatures: nodes must keep their clocks in step (NTP).
 */
public final class SharedBuckets {
    /** Every this many takes, one batch of buckets that have been full for a while is deleted. */
    static final int SWEEP_EVERY = 128;
    static final int SWEEP_BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(SharedBuckets.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AtomicLong takes = new AtomicLong();

    SharedBuckets(DataSource pool, InstantSource clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(new ClockTimeMeter(clock))
                // A bucket is full again after its refill time; keep it a little longer, then it may go.
                // Bucket4j stamps and sweeps expiry on the system clock, whatever the client clock.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    /**
     * Takes one token from the key's bucket, creating it full if new.
     *
     * @throws io.imageshare.core.StoreUnavailableException when the database cannot be reached
     */
    public boolean tryConsume(String key, BucketConfiguration configuration) {
        boolean taken;
        try {
            taken = buckets.builder().build(key, () -> configuration).tryConsume(1);
        } catch (BucketExceptions.BucketExecutionException e) {
            // Bucket4j wraps every JDBC failure of a take in this. When the connection broke, its
            // rollback fails too, and that second failure ("Connection is closed", no SQLSTATE) is
            // the one it reports, hiding the first. A take is nothing but database work on a
            // migrated table, so its failure is the database's: retryable, like the first one.
            throw new StoreUnavailableException("taking a rate-limit token: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw StoreErrors.translate("taking a rate-limit token", e);
        }
        if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep();
        }
        return taken;
    }

    /** Deletes one batch of expired buckets; a failure is logged, and the next sweep retries. */
    int sweep() {
        try {
            return buckets.removeExpired(SWEEP_BATCH);
        } catch (RuntimeException e) {
            LOG.warn("sweeping expired rate-limit buckets failed: {}", e.toString());
            return 0;
        }
    }
}
