package io.imageshare.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection pools of one store: writers and readers. PostgreSQL uses one pool for both.
 * SQLite gets a single-connection writer pool, so our own writers queue in the pool instead of
 * meeting SQLITE_BUSY, and a small pool of read-only connections, which WAL lets read alongside it.
 */
final class ConnectionPools implements AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource writer;
    private final HikariDataSource reader;
    private final StatementSource statements;
    /** SQLite's commit counter (docs/adr/0019); null on PostgreSQL. */
    private final SqliteDataVersion dataVersion;

    private ConnectionPools(Dialect dialect, HikariDataSource writer, HikariDataSource reader,
            StatementSource statements, SqliteDataVersion dataVersion) {
        this.dialect = dialect;
        this.writer = writer;
        this.reader = reader;
        this.statements = statements;
        this.dataVersion = dataVersion;
    }

    /** Opens the pools; fails at once (not on first use) when the database cannot be reached. */
    static ConnectionPools open(DatabaseConfig config) {
        try {
            return config.isSqlite() ? sqlite(config) : postgres(config);
        } catch (IOException | RuntimeException e) {
            throw StoreErrors.translate("cannot open " + config, e);
        }
    }

    Dialect dialect() {
        return dialect;
    }

    HikariDataSource writer() {
        return writer;
    }

    HikariDataSource reader() {
        return reader;
    }

    /** Where transactions on these pools get their prepared statements. */
    StatementSource statements() {
        return statements;
    }

    /** SQLite's commit counter, on a connection of its own; empty on PostgreSQL. */
    Optional<SqliteDataVersion> dataVersion() {
        return Optional.ofNullable(dataVersion);
    }

    @Override
    public void close() {
        if (dataVersion != null) {
            dataVersion.close();
        }
        if (reader != writer) {
            reader.close();
        }
        writer.close();
    }

    private static ConnectionPools sqlite(DatabaseConfig config) throws IOException {
        Files.createDirectories(config.dataDirectory());
        SqliteNativeLibrary.useCachedCopy();
        String url = "jdbc:sqlite:" + config.sqliteFile().toAbsolutePath();

        SQLiteConfig writes = sqliteConfig(config);
        // The WAL journal lets readers run beside the writer; the setting is stored in the file.
        writes.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // Take the write lock when the transaction begins, not at its first write: no transaction
        // can then fail half-way because someone else (another process) is writing.
        writes.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        HikariConfig writer = pool(config, "imageshare-sqlite-writer", 1);
        writer.setDataSource(sqliteDataSource(url, writes));

        SQLiteConfig reads = sqliteConfig(config);
        reads.setReadOnly(true);
        HikariConfig reader = pool(config, "imageshare-sqlite-reader", config.poolSize());
        SQLiteDataSource readOnly = sqliteDataSource(url, reads);
        reader.setDataSource(readOnly);
        // Hikari would otherwise set read-only to false, which a read-only SQLite connection refuses.
        reader.setReadOnly(true);
        // Readers stay out of auto-commit: the driver then ends a read with "commit; begin" instead of
        // "begin" ... "commit; begin" ... "commit" as auto-commit is switched off and back on, a twentieth
        // of a describe call's time (issue 6). The idle "begin" is deferred: it reads nothing, so it
        // takes no snapshot and never holds the WAL back from a checkpoint.
        reader.setAutoCommit(false);

        // The writer first: it creates the file and switches it to WAL before any reader opens it.
        HikariDataSource writerPool = new HikariDataSource(writer);
        try {
            return new ConnectionPools(Dialect.SQLITE, writerPool, new HikariDataSource(reader),
                    new SqliteStatementCache(),
                    new SqliteDataVersion(readOnly, config.sqliteFile()));
        } catch (RuntimeException e) {
            writerPool.close();
            throw e;
        }
    }

    /** Settings of every SQLite connection, applied by the driver when it opens one. */
    private static SQLiteConfig sqliteConfig(DatabaseConfig config) {
        SQLiteConfig sqlite = new SQLiteConfig();
        // FULL: in WAL mode every commit is fsynced, so a success reported to a client survives
        // kill -9 and power loss. NORMAL could lose the last commits on power loss.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // Another process (a backup, the sqlite3 shell) may hold a lock for a moment: wait for it.
        sqlite.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, config.connectionTimeout().toMillis()));
        // SQLite only checks foreign keys when asked, on every connection.
        sqlite.enforceForeignKeys(true);
        // PostgreSQL's LIKE is case-sensitive; make SQLite's the same so listings agree.
        sqlite.enableCaseSensitiveLike(true);
        return sqlite;
    }

    private static SQLiteDataSource sqliteDataSource(String url, SQLiteConfig sqlite) {
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl(url);
        return dataSource;
    }

    private static ConnectionPools postgres(DatabaseConfig config) {
        HikariConfig pool = pool(config, "imageshare-postgres", config.poolSize());
        pool.setJdbcUrl(config.jdbcUrl());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        // Explicit, as a database may be configured with another default. Quotas rely on
        // lockImage (FOR UPDATE) plus each statement seeing the latest commits, which READ
        // COMMITTED gives without serialization failures to retry.
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Bound the TCP connect too (seconds), or an unreachable host takes the driver's default.
        pool.addDataSourceProperty("connectTimeout",
                String.valueOf(Math.max(1, config.connectionTimeout().toSeconds())));
        // The pool bounds the wait for a connection, but nothing bounds a read on one already in
        // use: a server that vanishes without closing the socket (host down, network cut) would
        // hold the statement, and the client's request, until TCP gives up after some 15 minutes.
        // TCP keepalive would not help: it stays silent while a query is unanswered.
        if (!config.socketTimeout().isZero()) {
            pool.addDataSourceProperty("socketTimeout", String.valueOf(wholeSeconds(config.socketTimeout())));
        }
        pool.addDataSourceProperty("ApplicationName", "imageshare");
        HikariDataSource dataSource = new HikariDataSource(pool);
        return new ConnectionPools(Dialect.POSTGRES, dataSource, dataSource, StatementSource.FRESH, null);
    }

    /** The driver counts in whole seconds, and reads 0 as "no limit": round up. */
    static int wholeSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.getNano() == 0 ? 0 : 1);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, seconds));
    }

    private static HikariConfig pool(DatabaseConfig config, String name, int size) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(Math.min(size, 2));
        pool.setConnectionTimeout(config.connectionTimeout().toMillis());
        pool.setValidationTimeout(Math.min(config.connectionTimeout().toMillis(), 5_000));
        // Transactions switch auto-commit off themselves; idle connections then hold no transaction
        // (an idle SQLite transaction would keep the WAL from being checkpointed).
        pool.setAutoCommit(true);
        return pool;
    }
}
