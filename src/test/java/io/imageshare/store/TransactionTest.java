package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.CoreError;
import io.imageshare.core.CoreException;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.core.StoreTx;
import io.imageshare.core.StoredKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionTest extends StoreTestSupport {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aFailedWriteLeavesNothingAndRethrowsTheSameException(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));
        CoreException refusal = new CoreException(CoreError.SHARE_QUOTA_EXCEEDED, "m-1");

        Throwable thrown = catchThrowable(() -> store.write((StoreTx tx) -> {
            tx.insertAccount(new Account(AccountId.aliyun("55"), "x", T0));
            tx.insertImage(ecs("m-2", ALICE, 1));
            tx.insertShares(Product.ECS, "m-1", List.of(BOB), T0);
            tx.updateImageFlags(Product.ECS, "m-1", true, false);
            throw refusal;
        }));

        assertThat(thrown).isSameAs(refusal);
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.aliyun("55")))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-2"))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-1"))).contains(ecs("m-1", ALICE, 0));
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 10))).isEmpty();
        // The connection is fine afterwards.
        assertThat(store.write((StoreTx tx) -> tx.insertAccount(new Account(AccountId.aliyun("55"), "x", T0)))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aReadCannotWrite(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThatThrownBy(() -> store.read((StoreTx tx) -> tx.insertAccount(new Account(AccountId.aliyun("66"), "x", T0))))
                .isInstanceOf(StoreException.class);
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.aliyun("66")))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.accounts(ALICE.cloud()))).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aWriteSurvivesReopeningAndMigrationsRunOnce(Backend backend) throws Exception {
        TestDatabase database = database(backend);
        StoredKey key = new StoredKey("LTAI-kept", ALICE, null, new byte[] {4, 2}, true, T0);
        try (JdbcStore store = database.open()) {
            store.write((StoreTx tx) -> {
                tx.insertAccount(new Account(ALICE, "Alice", T0));
                tx.insertAccessKey(key);
                tx.insertImage(ecs("m-1", ALICE, 0));
                tx.insertShares(Product.ECS, "m-1", List.of(BOB), T0);
                return null;
            });
        }
        // Opening again re-runs the migrations: they must find nothing to do and keep the data.
        for (int i = 0; i < 2; i++) {
            try (JdbcStore store = database.open()) {
                assertThat(store.read((StoreTx tx) -> tx.account(ALICE))).contains(new Account(ALICE, "Alice", T0));
                assertThat(store.read((StoreTx tx) -> tx.accessKey("LTAI-kept"))).get()
                        .extracting(StoredKey::encryptedSecret).isEqualTo(new byte[] {4, 2});
                assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 10)))
                        .containsExactly(new Share(BOB, T0));
                assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-1"))).get()
                        .extracting(image -> image.shareCount()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void lockImageKeepsAQuotaUnderConcurrentWriters(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));
        int threads = 20;
        int quota = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> added = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                AccountId recipient = AccountId.aliyun(String.valueOf(7000 + i));
                added.add(pool.submit(() -> {
                    start.await();
                    return store.write((StoreTx tx) -> {
                        tx.lockImage(Product.ECS, "m-1").orElseThrow();
                        long count = tx.countShares(Product.ECS, "m-1", null);
                        // Widen the window between the check and the insert: without the lock,
                        // other writers would count the same number meanwhile.
                        pause();
                        if (count >= quota) {
                            return false;
                        }
                        tx.insertShares(Product.ECS, "m-1", List.of(recipient), T0);
                        return true;
                    });
                }));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> result : added) {
                successes += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(successes).isEqualTo(quota);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 100))).hasSize(quota);
        assertThat(store.read((StoreTx tx) -> tx.countShares(Product.ECS, "m-1", null))).isEqualTo(quota);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
    /**
     * Two writers lock two images in opposite orders and wait for each other: PostgreSQL aborts one
     * (deadlock, 40P01) after deadlock_timeout; the store runs that one again, so both succeed.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Backend.class, names = "POSTGRES")
    void aDeadlockVictimIsRunAgainAndBothWritersSucceed(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0), ecs("m-2", ALICE, 1));
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (String[] order : new String[][] {{"m-1", "m-2"}, {"m-2", "m-1"}}) {
                writers.add(pool.submit(() -> store.write((StoreTx tx) -> {
                    tx.lockImage(Product.ECS, order[0]).orElseThrow();
                    bothHoldOne.countDown();
                    await(bothHoldOne);
                    tx.lockImage(Product.ECS, order[1]).orElseThrow();
                    tx.insertShares(Product.ECS, order[0], List.of(order[0].equals("m-1") ? BOB : CAROL), T0);
                    return 1;
                })));
            }
            for (Future<Integer> writer : writers) {
                assertThat(writer.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 10))).hasSize(1);
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-2", null, 0, 10))).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
