package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.imageshare.core.Account;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The prepared statements kept per SQLite connection, on a real store's pools. */
class SqliteStatementCacheTest extends StoreTestSupport {
    private static final String SQL = "SELECT ? + 1";

    private final SqliteStatementCache cache = new SqliteStatementCache();

    @Test
    void aReleasedStatementIsUsedAgainAndOutlivesTheConnectionsReturnToThePool() throws Exception {
        HikariDataSource reader = open(Backend.SQLITE).pools().reader();
        try (Connection connection = reader.getConnection()) {
            PreparedStatement first = cache.prepare(connection, SQL);
            assertThat(plusOne(first, 41)).isEqualTo(42);
            cache.release(first, SQL, false);

            PreparedStatement again = cache.prepare(connection, SQL);
            assertThat(again).isSameAs(first);
            assertThat(plusOne(again, 1)).isEqualTo(2);
            cache.release(again, SQL, false);
            connection.close();
            // The pool closes what was prepared through its proxy; this was prepared beneath it.
            assertThat(first.isClosed()).isFalse();
        }
    }

    @Test
    void aFailedStatementIsClosedAndNotKept() throws Exception {
        try (Connection connection = open(Backend.SQLITE).pools().reader().getConnection()) {
            PreparedStatement failed = cache.prepare(connection, SQL);
            cache.release(failed, SQL, true);

            assertThat(failed.isClosed()).isTrue();
            assertThat(cache.prepare(connection, SQL)).isNotSameAs(failed);
        }
    }

    @Test
    void theSameSqlUsedTwiceAtOnceGetsTwoStatements() throws Exception {
        try (Connection connection = open(Backend.SQLITE).pools().reader().getConnection()) {
            PreparedStatement outer = cache.prepare(connection, SQL);
            cache.release(outer, SQL, false);
            PreparedStatement taken = cache.prepare(connection, SQL);
            PreparedStatement inner = cache.prepare(connection, SQL);

            assertThat(inner).isNotSameAs(taken);
            assertThat(plusOne(taken, 1)).isEqualTo(2);
            assertThat(plusOne(inner, 2)).isEqualTo(3);
        }
    }

    @Test
    void eachConnectionKeepsAtMostItsBoundAndClosesTheLeastRecentlyUsed() throws Exception {
        try (Connection connection = open(Backend.SQLITE).pools().reader().getConnection()) {
            PreparedStatement oldest = cache.prepare(connection, "SELECT 0");
            cache.release(oldest, "SELECT 0", false);
            for (int i = 1; i <= SqliteStatementCache.PER_CONNECTION; i++) {
                String sql = "SELECT " + i;
                cache.release(cache.prepare(connection, sql), sql, false);
            }

            assertThat(oldest.isClosed()).isTrue();
            PreparedStatement newest = cache.prepare(connection, "SELECT " + SqliteStatementCache.PER_CONNECTION);
            assertThat(newest.isClosed()).isFalse();
        }
    }

    @Test
    void aConnectionThePoolClosedIsForgotten() throws Exception {
        HikariDataSource reader = open(Backend.SQLITE).pools().reader();
        PreparedStatement kept;
        try (Connection connection = reader.getConnection()) {
            kept = cache.prepare(connection, SQL);
            cache.release(kept, SQL, false);
            reader.evictConnection(connection);
        }
        // The pool closes an evicted connection on a thread of its own.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!kept.getConnection().isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        // Closing it finalized its statements (the driver does); the map still holds them until
        // another connection's first use.
        assertThat(kept.getConnection().isClosed()).isTrue();
        assertThat(cache.connections()).isEqualTo(1);

        try (Connection another = reader.getConnection()) {
            PreparedStatement fresh = cache.prepare(another, SQL);
            assertThat(fresh).isNotSameAs(kept);
            assertThat(plusOne(fresh, 6)).isEqualTo(7);
        }
        assertThat(cache.connections()).isEqualTo(1);
    }

    @Test
    void theStoreKeepsWorkingWhenThePoolReplacesItsConnections() throws Exception {
        JdbcStore store = open(Backend.SQLITE);
        for (int round = 0; round < 3; round++) {
            assertThat(store.<Optional<Account>>read(tx -> tx.account(ALICE))).isPresent();
            assertThat(store.<Optional<Account>>write(tx -> tx.lockAccount(ALICE))).isPresent();
            store.pools().reader().getHikariPoolMXBean().softEvictConnections();
            store.pools().writer().getHikariPoolMXBean().softEvictConnections();
        }
        assertThat(store.<Optional<Account>>read(tx -> tx.account(BOB))).isPresent();
    }

    private static int plusOne(PreparedStatement statement, int value) throws SQLException {
        statement.setInt(1, value);
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
