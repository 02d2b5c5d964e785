package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.bucket4j.BucketConfiguration;
import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.StoreTx;
import io.imageshare.core.StoreUnavailableException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreUnavailableTest extends StoreTestSupport {
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void aClosedPostgresPortFailsFastAsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseConfig config = DatabaseConfig.postgres("jdbc:postgresql://127.0.0.1:" + closedPort + "/imageshare",
                "postgres", "secret").withConnectionTimeout(TIMEOUT);
        long started = System.nanoTime();

        assertThatThrownBy(() -> JdbcStore.open(config)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageNotContaining("secret");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anUnusableDataDirectoryIsUnavailable(@TempDir Path temp) throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> JdbcStore.open(DatabaseConfig.sqlite(notADirectory.resolve("data"))))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void aStoreOpeningInTheBackgroundReportsItsFailureToEveryUse(@TempDir Path temp) throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("file"), "x");
        JdbcStore store = JdbcStore.openInBackground(DatabaseConfig.sqlite(notADirectory.resolve("data")));

        assertThatThrownBy(store::awaitOpen).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.read((StoreTx tx) -> tx.account(ALICE)))
                .isInstanceOf(StoreUnavailableException.class);
        store.close(); // nothing was opened: nothing to close, and no second report
    }

    @Test
    void aStoreOpeningInTheBackgroundServesOnceOpen(@TempDir Path temp) {
        JdbcStore store = track(JdbcStore.openInBackground(DatabaseConfig.sqlite(temp.resolve("data"))));

        store.write((StoreTx tx) -> tx.insertAccount(new Account(ALICE, "Alice", T0)));

        assertThat(store.read((StoreTx tx) -> tx.account(ALICE))).isPresent();
    }

    @Test
    void postgresGoingDownMakesTransactionsUnavailableUntilItIsBack() throws Exception {
        Assumptions.assumeTrue(Backend.Postgres.AVAILABLE, Backend.Postgres.SKIP_MESSAGE);
        TestDatabase database = database(Backend.POSTGRES);
        String url = database.config().jdbcUrl();
        URI server = URI.create(url.substring("jdbc:".length()));
        TcpProxy proxy = track(new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort()));
        int port = proxy.start();
        String proxied = "jdbc:postgresql://127.0.0.1:" + port + server.getRawPath();
        JdbcStore store = track(JdbcStore.open(DatabaseConfig.postgres(proxied, Backend.Postgres.USER,
                Backend.Postgres.PASSWORD).withConnectionTimeout(TIMEOUT).withPoolSize(2)));
        store.write((StoreTx tx) -> tx.insertAccount(new Account(ALICE, "Alice", T0)));

        proxy.stop();
        long started = System.nanoTime();
        assertThatThrownBy(() -> store.read((StoreTx tx) -> tx.account(ALICE))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.write((StoreTx tx) -> tx.insertAccount(new Account(BOB, "Bob", T0))))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        proxy.start();
        assertThat(store.read((StoreTx tx) -> tx.account(ALICE))).isPresent();
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.aliyun("1000000000000002")))).isEmpty();
    }

    /**
     * A server that goes silent in the middle of a transaction (its host or the network vanished: no
     * reset, no FIN) fails the transaction as unavailable once the socket timeout passes, instead of
     * holding it until TCP gives up. The pool cannot help here: the connection is already in use.
     */
    @Test
    void postgresGoingSilentMidTransactionFailsWithinTheSocketTimeout() throws Exception {
        Assumptions.assumeTrue(Backend.Postgres.AVAILABLE, Backend.Postgres.SKIP_MESSAGE);
        String url = database(Backend.POSTGRES).config().jdbcUrl();
        URI server = URI.create(url.substring("jdbc:".length()));
        TcpProxy proxy = track(new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort()));
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.start() + server.getRawPath();
        Duration socketTimeout = Duration.ofSeconds(1);
        JdbcStore store = track(JdbcStore.open(DatabaseConfig.postgres(proxied, Backend.Postgres.USER,
                Backend.Postgres.PASSWORD).withConnectionTimeout(TIMEOUT).withSocketTimeout(socketTimeout)
                .withPoolSize(2)));
        store.write((StoreTx tx) -> tx.insertAccount(new Account(ALICE, "Alice", T0)));

        long started = System.nanoTime();
        // Preemptive: without a socket timeout this would hang, not fail.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> store.read((StoreTx tx) -> {
            proxy.freeze();
            return tx.account(ALICE);
        })).isInstanceOf(StoreUnavailableException.class));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isGreaterThanOrEqualTo(socketTimeout).isLessThan(socketTimeout.plusSeconds(5));
    }
    /**
     * Replay nonces and rate buckets fail as the rest of the store does while PostgreSQL is away
     * (so clients get the retryable error), and work again when it is back. The open connections
     * break under them: Bucket4j then reports its failed rollback, not the break.
     */
    @Test
    void sharedStateIsUnavailableWhilePostgresIsAwayAndWorksAgainAfter() throws Exception {
        Assumptions.assumeTrue(Backend.Postgres.AVAILABLE, Backend.Postgres.SKIP_MESSAGE);
        String url = database(Backend.POSTGRES).config().jdbcUrl();
        URI server = URI.create(url.substring("jdbc:".length()));
        TcpProxy proxy = track(new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort()));
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.start() + server.getRawPath();
        JdbcStore store = track(JdbcStore.open(DatabaseConfig.postgres(proxied, Backend.Postgres.USER,
                Backend.Postgres.PASSWORD).withConnectionTimeout(TIMEOUT).withPoolSize(2)));
        SharedState shared = store.sharedState(() -> T0).orElseThrow();
        SharedNonceRegistry nonces = shared.nonces("aliyun", Duration.ofMinutes(30));
        SharedBuckets buckets = shared.buckets();
        BucketConfiguration limit = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(10).refillGreedy(10, Duration.ofSeconds(1))).build();
        assertThat(nonces.firstUse("key", "before", T0)).isTrue();
        assertThat(buckets.tryConsume("tencent:1:DescribeImages", limit)).isTrue();

        proxy.stop();

        assertThatThrownBy(() -> nonces.firstUse("key", "during", T0)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> buckets.tryConsume("tencent:1:DescribeImages", limit))
                .isInstanceOf(StoreUnavailableException.class);
        proxy.start();
        assertThat(nonces.firstUse("key", "after", T0)).isTrue();
        assertThat(nonces.firstUse("key", "before", T0)).isFalse();
        assertThat(buckets.tryConsume("tencent:1:DescribeImages", limit)).isTrue();
    }
}
