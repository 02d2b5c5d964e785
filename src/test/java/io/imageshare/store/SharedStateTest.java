package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.BucketConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replay nonces and rate buckets in PostgreSQL, seen from two stores on one database: two nodes.
 * Skipped, loudly, without PostgreSQL.
 */
class SharedStateTest extends StoreTestSupport {
    private static final Duration RETENTION = Duration.ofMinutes(30);
    private static final BucketConfiguration TEN_A_SECOND = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofSeconds(1))).build();
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final InstantSource clock = now::get;
    private TestDatabase database;
    private SharedState one;
    private SharedState two;

    @BeforeEach
    void twoNodes() throws Exception {
        database = database(Backend.POSTGRES);
        one = track(database.open()).sharedState(clock).orElseThrow();
        two = track(database.open()).sharedState(clock).orElseThrow();
    }

    @Test
    void sqliteHasNoSharedState() throws Exception {
        assertThat(track(database(Backend.SQLITE).open()).sharedState(clock)).isEmpty();
    }

    @Test
    void aNonceUsedThroughOneNodeIsRefusedByTheOtherUntilRetentionPasses() {
        SharedNonceRegistry a = one.nonces("aliyun", RETENTION);
        SharedNonceRegistry b = two.nonces("aliyun", RETENTION);

        assertThat(a.firstUse("key-1", "n-1", now.get())).isTrue();
        assertThat(b.firstUse("key-1", "n-1", now.get().plus(RETENTION).minusMillis(1))).isFalse();
        assertThat(b.firstUse("key-2", "n-1", now.get())).as("another key's nonce").isTrue();
        assertThat(b.firstUse("key-1", "n-1", now.get().plus(RETENTION))).as("forgotten after retention").isTrue();
        assertThat(a.firstUse("key-1", "n-1", now.get().plus(RETENTION))).isFalse();
    }

    @Test
    void scopesAreApartAndKeysCannotBleedIntoNonces() {
        SharedNonceRegistry aliyun = one.nonces("aliyun", RETENTION);
        SharedNonceRegistry tencent = one.nonces("tencent", Duration.ofMinutes(10));

        assertThat(aliyun.firstUse("key", "nonce", T0)).isTrue();
        assertThat(tencent.firstUse("key", "nonce", T0)).isTrue();
        assertThat(aliyun.firstUse("keyn", "once", T0)).isTrue();
        assertThat(aliyun.digest("key", "nonce")).hasSize(32).isNotEqualTo(aliyun.digest("keyn", "once"));
    }

    /** Runs the attempts at once, 8 at a time, and counts those that answered true. */
    private static int trueOf(int attempts, IntFunction<Callable<Boolean>> attempt) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Callable<Boolean> call = attempt.apply(i);
                results.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            int yes = 0;
            for (Future<Boolean> result : results) {
                yes += result.get() ? 1 : 0;
            }
            return yes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofManyConcurrentUsesOfOneNonceThroughTwoNodesExactlyOneIsFirst() throws Exception {
        SharedNonceRegistry[] nodes = {one.nonces("aliyun", RETENTION), two.nonces("aliyun", RETENTION)};

        assertThat(trueOf(16, i -> () -> nodes[i % 2].firstUse("key", "raced", T0))).isEqualTo(1);
    }

    @Test
    void theSweepDeletesOnlyForgottenNonces() {
        SharedNonceRegistry registry = one.nonces("aliyun", RETENTION);
        registry.firstUse("key", "old", T0);
        registry.firstUse("key", "new", T0.plus(Duration.ofMinutes(20)));

        int swept = registry.sweep(T0.plus(RETENTION).toEpochMilli());

        assertThat(swept).isEqualTo(1);
        assertThat(registry.firstUse("key", "new", T0.plus(RETENTION))).isFalse();
    }

    @Test
    void aBucketIsSharedByBothNodesAndRefillsWithTime() {
        SharedBuckets a = one.buckets();
        SharedBuckets b = two.buckets();
        int taken = 0;
        for (int i = 0; i < 16; i++) {
            taken += (i % 2 == 0 ? a : b).tryConsume("tencent:1:DescribeImages", TEN_A_SECOND) ? 1 : 0;
        }
        boolean otherKey = b.tryConsume("tencent:1:DescribeRegions", TEN_A_SECOND);
        now.set(T0.plusMillis(300));
        int refilled = 0;
        for (int i = 0; i < 5; i++) {
            refilled += b.tryConsume("tencent:1:DescribeImages", TEN_A_SECOND) ? 1 : 0;
        }

        assertThat(taken).isEqualTo(10);
        assertThat(otherKey).isTrue();
        assertThat(refilled).as("three tokens come back in 300 ms").isEqualTo(3);
    }

    @Test
    void concurrentTakesThroughTwoNodesNeverExceedTheBucket() throws Exception {
        SharedBuckets[] nodes = {one.buckets(), two.buckets()};

        assertThat(trueOf(40, i -> () -> nodes[i % 2].tryConsume("tencent:2:DescribeImages", TEN_A_SECOND)))
                .isEqualTo(10);
    }

    /** Bucket4j stamps expiry on the system clock, which a test cannot move: it ages a row instead. */
    @Test
    void theSweepDeletesOnlyExpiredBuckets() throws Exception {
        SharedBuckets buckets = one.buckets();
        buckets.tryConsume("tencent:3:DescribeImages", TEN_A_SECOND);
        buckets.tryConsume("tencent:3:DescribeRegions", TEN_A_SECOND);
        assertThat(buckets.sweep()).as("both just written").isZero();

        try (Connection c = DriverManager.getConnection(database.config().jdbcUrl(), Backend.Postgres.USER,
                Backend.Postgres.PASSWORD); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE rate_bucket SET expires_at = 1 WHERE id = 'tencent:3:DescribeImages'");
        }

        assertThat(buckets.sweep()).isEqualTo(1);
        assertThat(buckets.sweep()).isZero();
    }
}
