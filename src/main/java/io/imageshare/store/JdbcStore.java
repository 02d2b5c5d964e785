package io.imageshare.store;

import io.imageshare.core.AccountId;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.SharePage;
import io.imageshare.core.Store;
import io.imageshare.core.StoreTx;
import io.imageshare.core.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store on SQLite or PostgreSQL through JDBC. Each {@link #write} or {@link #read} is one
 * transaction on one pooled connection.
 *
 * <p>On SQLite all writes share one connection: a {@code write} inside another {@code write} on
 * the same thread would wait for itself until the connection timeout.
 */
public final class JdbcStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
    /** Runs of one transaction when the database aborts it for a deadlock or conflict. */
    static final int ATTEMPTS = 4;

    private final DatabaseConfig config;
    /** Done once connected and migrated; every use waits for it (at once, after the first). */
    private final CompletableFuture<ConnectionPools> opening;
    /** Recipients kept between commits on SQLite (docs/adr/0019); null on PostgreSQL. */
    private final CompletableFuture<ShareListCache> shareLists;

    private JdbcStore(DatabaseConfig config, CompletableFuture<ConnectionPools> opening) {
        this.config = config;
        this.opening = opening;
        this.shareLists = opening.thenApply(pools -> pools.dataVersion().map(ShareListCache::new).orElse(null));
    }

    /**
     * Connects, creating the SQLite file and its directories if missing, and migrates the schema.
     *
     * @throws io.imageshare.core.StoreUnavailableException if the database cannot be reached
     * @throws StoreException if it can be reached but not used (bad credentials, failed migration)
     */
    public static JdbcStore open(DatabaseConfig config) {
        return openInBackground(config).awaitOpen();
    }

    /**
     * Starts connecting and migrating on a thread of its own and returns at once: a server start
     * builds its HTTP side meanwhile (a fifth of a second on two cores, issue 6). The first use of
     * the store, or {@link #awaitOpen}, waits for it and throws what {@link #open} would have thrown.
     */
    public static JdbcStore openInBackground(DatabaseConfig config) {
        CompletableFuture<ConnectionPools> opening = new CompletableFuture<>();
        Thread.ofPlatform().name("imageshare-store-open").start(() -> {
            try {
                opening.complete(connectAndMigrate(config));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        });
        return new JdbcStore(config, opening);
    }

    private static ConnectionPools connectAndMigrate(DatabaseConfig config) {
        ConnectionPools pools = ConnectionPools.open(config);
        try {
            Migrations.migrate(pools.writer());
        } catch (RuntimeException e) {
            pools.close();
            throw e;
        }
        LOG.info("Store opened: {}", config);
        return pools;
    }

    /** Waits until the store is open; throws what opening it threw. */
    public JdbcStore awaitOpen() {
        pools();
        return this;
    }

    /** Runs the work in a transaction that is committed, durably, before this returns. */
    @Override
    public <T> T write(Function<StoreTx, T> work) {
        return inTransaction(pools().writer(), false, work);
    }

    /** Runs the work in a read-only transaction: it sees one consistent snapshot, and cannot write. */
    @Override
    public <T> T read(Function<StoreTx, T> work) {
        return inTransaction(pools().reader(), true, work);
    }

    /**
     * On SQLite, from the recipients kept since the last commit when they are there (docs/adr/0019);
     * on PostgreSQL, whose other nodes commit unseen, always from the database.
     */
    @Override
    public Optional<SharePage> sharePage(Product product, String imageId, AccountId only, PageRequest page) {
        pools();
        ShareListCache cache = shareLists.join();
        return cache == null ? Store.super.sharePage(product, imageId, only, page)
                : cache.page(product, imageId, only, page, this::read);
    }

    /** The recipients kept in memory on SQLite; empty on PostgreSQL. For tests. */
    Optional<ShareListCache> shareLists() {
        pools();
        return Optional.ofNullable(shareLists.join());
    }

    @Override
    public void close() {
        // A store whose opening failed has nothing to close; its failure was reported to its user.
        opening.thenAccept(ConnectionPools::close).exceptionally(failed -> null).join();
    }

    /**
     * The state that nodes sharing this database must share (nonces, rate buckets), on PostgreSQL;
     * empty on SQLite, whose single node keeps it in memory.
     */
    public Optional<SharedState> sharedState(InstantSource clock) {
        // Known from the settings, so a server start on SQLite need not wait for the store here.
        return config.isSqlite() ? Optional.empty() : Optional.of(new SharedState(pools().writer(), clock));
    }

    /** The open pools (waiting for them); for export and import, and tests of the connection settings. */
    ConnectionPools pools() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Runs the work as a transaction, again (up to {@link #ATTEMPTS} times in all) when the
     * database chose it as the victim of a deadlock or a serialization conflict: both are rolled back
     * whole, so the work can run again from the start. Two nodes locking two images in opposite
     * orders can deadlock even under READ COMMITTED; SERIALIZABLE engines (CockroachDB's default)
     * report conflicts the same way.
     */
    private <T> T inTransaction(DataSource pool, boolean readOnly, Function<StoreTx, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(pool, readOnly, work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !StoreErrors.isConflict(e)) {
                    throw StoreErrors.isConflict(e)
                            ? new StoreUnavailableException("transaction conflict persisted: " + e.getMessage(), e)
                            : e;
                }
                LOG.debug("transaction conflict, attempt {}: {}", attempt, e.toString());
                backOff(attempt);
            }
        }
    }

    /** A few milliseconds, growing and randomised, so that the two sides do not meet again in step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while retrying a transaction", e);
        }
    }

    /**
     * Commits when the work returns; rolls back when it throws, and rethrows what it threw
     * unchanged (the core's exceptions carry its answers to clients).
     */
    private <T> T once(DataSource pool, boolean readOnly, Function<StoreTx, T> work) {
        try (Connection connection = pool.getConnection()) {
            if (readOnly) {
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
            ConnectionPools pools = pools();
            return commitOrRollback(connection,
                    () -> work.apply(new JdbcStoreTx(connection, pools.dialect(), pools.statements(), readOnly)));
        } catch (SQLException e) {
            throw StoreErrors.translate(readOnly ? "read transaction failed" : "write transaction failed", e);
        }
    }

    /** Work in a transaction that may throw a checked exception of its own. */
    @FunctionalInterface
    interface TransactionWork<T, E extends Exception> {
        T run() throws SQLException, E;
    }

    /**
     * Runs the work in the connection's current transaction (auto-commit off): commits when it
     * returns; rolls back when it throws, and rethrows what it threw.
     */
    static <T, E extends Exception> T commitOrRollback(Connection connection, TransactionWork<T, E> work)
            throws SQLException, E {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (Throwable failure) {
            rollback(connection, failure);
            throw failure;
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            // The connection is likely broken; the pool discards it. The original failure matters.
            failure.addSuppressed(e);
        }
    }
}
