package io.imageshare.auth;

import static io.imageshare.auth.Fixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryNonceRegistryTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    /** The registry forgets in whole slices of window / 15. */
    private static final Duration SLICE = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-11-23T07:39:04Z");

    @Test
    void rejectsNonceReusedWithinWindow() {
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 100);
        assertThat(r.firstUse("AK1", "n1", T0)).isTrue();
        assertThat(r.firstUse("AK1", "n1", T0)).isFalse();
        assertThat(r.firstUse("AK1", "n1", T0.plus(WINDOW))).isFalse();
        assertThat(r.size()).isEqualTo(1);
    }

    @Test
    void acceptsNonceAgainOnceTheWindowAndItsSliceHavePassed() {
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 100);
        assertThat(r.firstUse("AK1", "n1", T0)).isTrue();
        assertThat(r.firstUse("AK1", "n1", T0.plus(WINDOW).plus(SLICE))).isTrue();
    }

    @Test
    void neverForgetsBeforeTheWindowWhereverInItsSliceTheNonceFell() {
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 10_000);
        for (int s = 0; s < 120; s++) {
            Instant seen = T0.plusSeconds(s);
            assertThat(r.firstUse("AK1", "n" + s, seen)).isTrue();
        }
        for (int s = 0; s < 120; s++) {
            Instant last = T0.plusSeconds(s).plus(WINDOW);
            assertThat(r.firstUse("AK1", "n" + s, last)).as("nonce of second %d", s).isFalse();
        }
    }

    @Test
    void sameNonceOfDifferentKeysDoesNotCollide() {
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 100);
        assertThat(r.firstUse("AK1", "n1", T0)).isTrue();
        assertThat(r.firstUse("AK2", "n1", T0)).isTrue();
        // Nor does moving characters between key and nonce.
        assertThat(r.firstUse("AK", "1n1", T0)).isTrue();
        assertThat(r.size()).isEqualTo(3);
    }

    @Test
    void refusesNewNoncesWhenFullAndRecoversAsSlicesExpire() {
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 3);
        assertThat(r.firstUse("AK1", "a", T0)).isTrue();
        assertThat(r.firstUse("AK1", "b", T0.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(r.firstUse("AK1", "c", T0.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(failure(() -> r.firstUse("AK1", "d", T0.plus(Duration.ofMinutes(6)))))
                .isEqualTo(AuthFailure.REPLAY_CAPACITY_EXHAUSTED);
        // A replay is still recognised as one while full.
        assertThat(r.firstUse("AK1", "a", T0.plus(Duration.ofMinutes(6)))).isFalse();

        Instant afterFirstExpired = T0.plus(WINDOW).plus(SLICE);
        assertThat(r.firstUse("AK1", "d", afterFirstExpired)).isTrue();
        assertThat(r.size()).isEqualTo(3);
        assertThat(failure(() -> r.firstUse("AK1", "e", afterFirstExpired)))
                .isEqualTo(AuthFailure.REPLAY_CAPACITY_EXHAUSTED);
    }

    @Test
    void callersWhoseClocksDifferStillFindEachOthersNonces() {
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 100);
        Instant ahead = T0.plus(Duration.ofMinutes(10));
        assertThat(r.firstUse("AK1", "n1", ahead)).isTrue();
        assertThat(r.firstUse("AK1", "n1", T0)).isFalse();
        assertThat(r.firstUse("AK1", "n2", T0)).isTrue();
        assertThat(r.firstUse("AK1", "n2", ahead)).isFalse();
    }

    @Test
    void forClockWindowRemembersTwoWindows() {
        assertThat(MemoryNonceRegistry.forClockWindow(WINDOW, 10).retention()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void concurrentDistinctNoncesAreAllFirstUses() throws Exception {
        int threads = 64;
        int perThread = 2_000;
        // Twice the entries: all land in one slice, whose one set may be only half full (16 bytes an entry).
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 2 * threads * perThread);
        AtomicInteger firsts = new AtomicInteger();
        runConcurrently(threads, t -> {
            for (int i = 0; i < perThread; i++) {
                if (r.firstUse("AK" + (t % 4), t + ":" + i, T0.plusMillis(i))) {
                    firsts.incrementAndGet();
                }
            }
        });
        assertThat(firsts.get()).isEqualTo(threads * perThread);
        assertThat(r.size()).isEqualTo(threads * perThread);
    }

    @Test
    void concurrentSameNonceIsFirstUseExactlyOnce() throws Exception {
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, 1_000);
        for (int round = 0; round < 50; round++) {
            String nonce = "n" + round;
            AtomicInteger firsts = new AtomicInteger();
            runConcurrently(200, t -> {
                if (r.firstUse("AK1", nonce, T0)) {
                    firsts.incrementAndGet();
                }
            });
            assertThat(firsts.get()).as("round %d", round).isEqualTo(1);
        }
    }

    private interface Task {
        void run(int thread) throws Exception;
    }

    @Test
    void aBurstInOneSliceReachesTheWholeCapacityWithinTheBudget() {
        int capacity = 300_000;
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, capacity);
        int accepted = 0;
        AuthException refusal = null;
        for (int i = 0; i <= capacity; i++) {
            try {
                assertThat(r.firstUse("AK1", "n" + i, T0)).isTrue();
                accepted++;
            } catch (AuthException e) {
                refusal = e;
            }
            if (i % 10_000 == 0) {
                assertThat(r.bytes()).isLessThanOrEqualTo(r.maxBytes());
            }
        }
        // Every nonce in one time slice, as at a steady peak: doubling alone would stop at 2^18 = 262,144
        // (its next table, 2^20 slots, passes the 600,000-slot budget); growing by what is left does not.
        assertThat(accepted).isEqualTo(capacity);
        assertThat(refusal).isNotNull();
        assertThat(refusal.failure()).isEqualTo(AuthFailure.REPLAY_CAPACITY_EXHAUSTED);
        assertThat(r.bytes()).isLessThanOrEqualTo(r.maxBytes());
        for (int i = 0; i < capacity; i += 997) {
            assertThat(r.firstUse("AK1", "n" + i, T0.plusSeconds(1))).as("n%d remembered", i).isFalse();
        }
    }

    @Test
    void aBurstInOneSliceLeavesTheNextSlicesTheirShareOfTheCapacity() {
        int capacity = 50_000;
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, capacity);
        for (int i = 0; i < 40_000; i++) {
            assertThat(r.firstUse("AK1", "a" + i, T0)).isTrue();
        }
        // The burst's slice is over; the next one's nonces must find room within the same budget. The first
        // slice's table grew into the whole budget (past 32,768 entries: 131,072 slots wanted, about 100,000
        // allowed); kept at that size, it would leave the next slice nothing: refusals from the next nonce on,
        // for the whole window.
        Instant next = T0.plus(SLICE);
        int accepted = 0;
        try {
            while (accepted < capacity) {
                assertThat(r.firstUse("AK1", "b" + accepted, next)).isTrue();
                accepted++;
            }
        } catch (AuthException e) {
            assertThat(e.failure()).isEqualTo(AuthFailure.REPLAY_CAPACITY_EXHAUSTED);
        }
        assertThat(40_000 + accepted).as("held across the two slices").isGreaterThanOrEqualTo(capacity * 99 / 100);
        assertThat(r.bytes()).isLessThanOrEqualTo(r.maxBytes());
        assertThat(r.firstUse("AK1", "a0", next)).as("the burst still remembered").isFalse();
    }

    @Test
    void memoryStaysWithinSixteenBytesAnEntryOfCapacityWhateverTheTraffic() {
        int capacity = 50_000;
        MemoryNonceRegistry r = new MemoryNonceRegistry(WINDOW, capacity);
        long budget = r.maxBytes();
        assertThat(budget).isLessThanOrEqualTo(16L * capacity + 17 * 16 * Long.BYTES);
        // Traffic spread over the window's slices, as at a steady peak: every slice's set grows on its own.
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 3 * capacity; i++) {
            Instant at = T0.plus(Duration.ofMillis((long) i * WINDOW.toMillis() / (3L * capacity)));
            try {
                r.firstUse("AK1", "n" + i, at);
                accepted++;
            } catch (AuthException e) {
                assertThat(e.failure()).isEqualTo(AuthFailure.REPLAY_CAPACITY_EXHAUSTED);
                refused++;
            }
            assertThat(r.bytes()).isLessThanOrEqualTo(budget);
        }
        // Refusal begins once the budget is used, and no earlier than half the capacity.
        assertThat(accepted).isBetween(capacity / 2, capacity);
        assertThat(refused).isPositive();
    }

    /** Starts every task on its own virtual thread at once and waits for all. */
    private static void runConcurrently(int threads, Task task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                int id = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    task.run(id);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        }
    }
}
