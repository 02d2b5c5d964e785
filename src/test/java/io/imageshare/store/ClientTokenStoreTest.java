package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.core.AccountId;
import io.imageshare.core.ClientTokenRecord;
import io.imageshare.core.StoreTx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Client tokens (V2 migration) behave alike on SQLite and PostgreSQL. */
class ClientTokenStoreTest extends StoreTestSupport {
    private static final Duration DAY = Duration.ofHours(24);

    private static ClientTokenRecord record(AccountId account, String token, String fingerprint, Instant at) {
        return new ClientTokenRecord(account, token, fingerprint, "", at, at.plus(DAY));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aTokenIsClaimedOnceAndKeepsItsFingerprintAndOutcome(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        boolean first = store.write((StoreTx tx) -> tx.claimClientToken(record(ALICE, "t-1", "f1", T0)));
        store.write((StoreTx tx) -> {
            tx.recordClientTokenOutcome(ALICE, "t-1", "m-created");
            return null;
        });
        boolean second = store.write((StoreTx tx) ->
                tx.claimClientToken(record(ALICE, "t-1", "f2", T0.plusSeconds(5))));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.read((StoreTx tx) -> tx.clientToken(ALICE, "t-1"))).contains(
                new ClientTokenRecord(ALICE, "t-1", "f1", "m-created", T0, T0.plus(DAY)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void tokensBelongToOneAccountAndAreCaseSensitive(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        store.write((StoreTx tx) -> tx.claimClientToken(record(ALICE, "Token", "f", T0)));

        assertThat(store.write((StoreTx tx) -> tx.claimClientToken(record(BOB, "Token", "f", T0)))).isTrue();
        assertThat(store.write((StoreTx tx) -> tx.claimClientToken(record(ALICE, "token", "f", T0)))).isTrue();
        assertThat(store.read((StoreTx tx) -> tx.clientToken(CAROL, "Token"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void anExpiredRecordFreesItsTokenForANewClaim(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        store.write((StoreTx tx) -> tx.claimClientToken(record(ALICE, "t", "old", T0)));

        boolean beforeExpiry = store.write((StoreTx tx) ->
                tx.claimClientToken(record(ALICE, "t", "new", T0.plus(DAY).minusMillis(1))));
        boolean atExpiry = store.write((StoreTx tx) -> tx.claimClientToken(record(ALICE, "t", "new", T0.plus(DAY))));

        assertThat(beforeExpiry).isFalse();
        assertThat(atExpiry).isTrue();
        assertThat(store.read((StoreTx tx) -> tx.clientToken(ALICE, "t"))).get()
                .extracting(ClientTokenRecord::fingerprint, ClientTokenRecord::createdAt)
                .containsExactly("new", T0.plus(DAY));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aRolledBackClaimLeavesTheTokenFree(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThatThrownBy(() -> store.write((StoreTx tx) -> {
            tx.claimClientToken(record(ALICE, "t", "f", T0));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(store.read((StoreTx tx) -> tx.clientToken(ALICE, "t"))).isEmpty();
        assertThat(store.write((StoreTx tx) -> tx.claimClientToken(record(ALICE, "t", "f", T0)))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void ofConcurrentClaimsOfOneTokenExactlyOneWinsAndTheOthersSeeItsRecord(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String fingerprint = "f" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return store.write((StoreTx tx) -> {
                        if (tx.claimClientToken(record(ALICE, "shared", fingerprint, T0))) {
                            // Hold the claim a while: the others must wait for it, not slip past it.
                            pause();
                            tx.recordClientTokenOutcome(ALICE, "shared", "won by " + fingerprint);
                            return "claimed";
                        }
                        return tx.clientToken(ALICE, "shared").orElseThrow().outcome();
                    });
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers).filteredOn("claimed"::equals).hasSize(1);
            String winner = store.read((StoreTx tx) -> tx.clientToken(ALICE, "shared")).orElseThrow().outcome();
            assertThat(answers).filteredOn(a -> !a.equals("claimed")).hasSize(threads - 1).containsOnly(winner);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void deletesExpiredRecordsOldestFirstUpToTheLimit(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        store.write((StoreTx tx) -> {
            for (int i = 0; i < 5; i++) {
                tx.claimClientToken(record(ALICE, "old-" + i, "f", T0.plusSeconds(i)));
            }
            tx.claimClientToken(record(BOB, "fresh", "f", T0.plus(DAY)));
            return null;
        });
        Instant now = T0.plus(DAY).plusSeconds(60);

        int first = store.write((StoreTx tx) -> tx.deleteExpiredClientTokens(now, 3));
        int second = store.write((StoreTx tx) -> tx.deleteExpiredClientTokens(now, 3));

        assertThat(first).isEqualTo(3);
        assertThat(second).isEqualTo(2);
        assertThat(store.read((StoreTx tx) -> tx.clientToken(BOB, "fresh"))).isPresent();
        assertThat(store.read((StoreTx tx) -> tx.clientToken(ALICE, "old-4"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void anOutcomeWithoutAClaimIsRefused(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThatThrownBy(() -> store.write((StoreTx tx) -> {
            tx.recordClientTokenOutcome(ALICE, "never-claimed", "x");
            return null;
        })).isInstanceOf(StoreException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aTokenOfAnUnknownAccountIsRefusedByTheForeignKey(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThatThrownBy(() -> store.write((StoreTx tx) ->
                tx.claimClientToken(record(AccountId.aliyun("404"), "t", "f", T0))))
                .isInstanceOf(StoreException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void recordsSurviveReopening(Backend backend) throws Exception {
        TestDatabase database = database(backend);
        try (JdbcStore store = database.open()) {
            store.write((StoreTx tx) -> {
                tx.insertAccount(new io.imageshare.core.Account(ALICE, "Alice", T0));
                tx.claimClientToken(record(ALICE, "kept", "f", T0));
                tx.recordClientTokenOutcome(ALICE, "kept", "m-1");
                return null;
            });
        }
        try (JdbcStore store = database.open()) {
            assertThat(store.read((StoreTx tx) -> tx.clientToken(ALICE, "kept"))).get()
                    .extracting(ClientTokenRecord::outcome).isEqualTo("m-1");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
