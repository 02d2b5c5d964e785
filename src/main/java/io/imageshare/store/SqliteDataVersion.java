package io.imageshare.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether anything was committed to a SQLite database since the last look, by any connection of
 * this process or another (the CLI, a second server on the same file): what lets {@link ShareListCache}
 * keep recipients in memory (docs/adr/0019). It reads the WAL-index header that SQLite shares through
 * the {@code -shm} file ({@link WalIndexHeader}); where that cannot be read, it asks SQLite's {@code PRAGMA
 * data_version} on a read-only connection of its own, under a lock, a few microseconds a call.
 *
 * <p>A data version is only comparable on one connection; a reopened connection starts a new epoch, so
 * a version read on the old one never equals one read on the new.
 */
final class SqliteDataVersion implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDataVersion.class);

    /** A version as {@code PRAGMA data_version} gives it, on the connection of one epoch. */
    private record DataVersion(long epoch, long value) {
    }

    private final DataSource source;
    /**
     * Null where the header cannot be read, or once the connection below failed: every call then asks
     * the connection.
     */
    private volatile WalIndexHeader header;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private PreparedStatement statement;
    private long epoch;
    /** The last ask failed (guarded by the lock): its warning is logged once. */
    private boolean failing;
    private volatile boolean closed;

    /**
     * Opens the connection at once and keeps it: while it is open, SQLite can neither truncate nor
     * delete the {@code -shm} file whose header is read (it does either only for a connection that
     * finds no other one open), so the mapping always shows the live header.
     *
     * @param source       read-only connections to the database file, as the reader pool's
     * @param databaseFile the file, to read its WAL-index header; null to ask the connection every time
     */
    SqliteDataVersion(DataSource source, Path databaseFile) {
        this.source = source;
        // The first ask opens the connection, and with its read transaction SQLite's shared memory.
        if (dataVersion().isPresent() && databaseFile != null) {
            this.header = WalIndexHeader.open(databaseFile).orElse(null);
        }
    }

    /**
     * A token that differs from every earlier one (by {@code equals}) whenever a commit happened in
     * between; empty when the database cannot be asked (the caller then reads the database itself).
     */
    Optional<Object> current() {
        WalIndexHeader.State state = header == null || closed ? null : header.read();
        return state != null ? Optional.of(state) : dataVersion();
    }

    /** Whether versions come from the WAL-index header; for tests. */
    boolean readsHeader() {
        return header != null;
    }

    private Optional<Object> dataVersion() {
        lock.lock();
        try {
            if (closed) {
                return Optional.empty();
            }
            if (statement == null) {
                open();
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                DataVersion version = new DataVersion(epoch, row.getLong(1));
                if (failing) {
                    failing = false;
                    LOG.info("SQLite's data version can be read again");
                }
                return Optional.of(version);
            }
        } catch (SQLException e) {
            if (!failing) {
                // Once per outage, not once per request.
                failing = true;
                LOG.warn("cannot read SQLite's data version; reading the database on every call until it can: {}",
                        e.toString());
            }
            closeConnection();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private void open() throws SQLException {
        epoch++;
        connection = source.getConnection();
        statement = connection.prepareStatement("PRAGMA data_version");
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            closeConnection();
        } finally {
            lock.unlock();
        }
    }

    private void closeConnection() {
        // Without this connection open, the -shm file could be deleted and made anew under the mapping.
        header = null;
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // Nothing was written on it; a failed close leaves nothing to recover.
        }
        connection = null;
        statement = null;
    }
}
