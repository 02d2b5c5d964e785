package io.imageshare.api.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The token buckets on a clock the test moves: exact within a second, no sleeping. */
class RateLimiterTest {
    private static final AccountId ALICE = AccountId.tencent("100000000001");
    private static final AccountId BOB = AccountId.tencent("100000000002");
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T07:39:41.250Z"));
    private final InstantSource clock = now::get;

    private int granted(RateLimiter limiter, AccountId account, String action, int attempts) {
        int ok = 0;
        for (int i = 0; i < attempts; i++) {
            if (limiter.tryAcquire(account, action)) {
                ok++;
            }
        }
        return ok;
    }

    private void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    @Test
    void exactlyTenPassWithinOneSecondTheEleventhIsRefusedAndTenMorePassASecondLater() {
        RateLimiter limiter = new RateLimiter(clock, 10, 1000);

        assertThat(granted(limiter, ALICE, "DescribeImages", 10)).isEqualTo(10);
        assertThat(limiter.tryAcquire(ALICE, "DescribeImages")).isFalse();
        advance(Duration.ofMillis(999));
        assertThat(granted(limiter, ALICE, "DescribeImages", 10)).isEqualTo(9);
        advance(Duration.ofSeconds(1));
        assertThat(granted(limiter, ALICE, "DescribeImages", 11)).isEqualTo(10);
    }

    @Test
    void afterAFullSecondExactlyTenMorePass() {
        RateLimiter limiter = new RateLimiter(clock, 10, 1000);
        granted(limiter, ALICE, "DescribeImages", 10);

        advance(Duration.ofSeconds(1));

        assertThat(granted(limiter, ALICE, "DescribeImages", 20)).isEqualTo(10);
    }

    @Test
    void tokensComeBackGreedilyOneEveryTenthOfASecond() {
        RateLimiter limiter = new RateLimiter(clock, 10, 1000);
        granted(limiter, ALICE, "DescribeImages", 10);

        advance(Duration.ofMillis(99));
        assertThat(limiter.tryAcquire(ALICE, "DescribeImages")).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire(ALICE, "DescribeImages")).isTrue();
        assertThat(limiter.tryAcquire(ALICE, "DescribeImages")).isFalse();
    }

    @Test
    void eachAccountAndActionHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(clock, 10, 1000);
        granted(limiter, ALICE, "DescribeImages", 10);

        assertThat(limiter.tryAcquire(ALICE, "DescribeImages")).isFalse();
        assertThat(granted(limiter, ALICE, "ModifyImageSharePermission", 10)).isEqualTo(10);
        assertThat(granted(limiter, BOB, "DescribeImages", 10)).isEqualTo(10);
    }

    @Test
    void aQuietPeriodDoesNotSaveUpMoreThanTheCapacity() {
        RateLimiter limiter = new RateLimiter(clock, 10, 1000);
        granted(limiter, ALICE, "DescribeImages", 3);

        advance(Duration.ofHours(1));

        assertThat(granted(limiter, ALICE, "DescribeImages", 15)).isEqualTo(10);
    }

    @Test
    void memoryIsBoundedByDroppingTheLeastRecentlyUsedBuckets() {
        RateLimiter limiter = new RateLimiter(clock, 10, 100);
        for (int i = 0; i < 1000; i++) {
            limiter.tryAcquire(AccountId.tencent(Long.toString(200_000_000_000L + i)), "DescribeImages");
        }

        assertThat(limiter.bucketCount()).isEqualTo(100);
    }

    @Test
    void aDroppedBucketThatWasIdleForASecondLosesNothing() {
        RateLimiter limiter = new RateLimiter(clock, 10, 1);
        granted(limiter, ALICE, "DescribeImages", 10);
        advance(Duration.ofSeconds(1)); // ALICE's bucket is full again, so forgetting it is exact
        granted(limiter, BOB, "DescribeImages", 1);

        assertThat(granted(limiter, ALICE, "DescribeImages", 11)).isEqualTo(10);
    }

    @Test
    void aClockThatStepsBackRefillsNothing() {
        RateLimiter limiter = new RateLimiter(clock, 10, 1000);
        granted(limiter, ALICE, "DescribeImages", 10);

        advance(Duration.ofSeconds(-30));

        assertThat(limiter.tryAcquire(ALICE, "DescribeImages")).isFalse();
    }
}
