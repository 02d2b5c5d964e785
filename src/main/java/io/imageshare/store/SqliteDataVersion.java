package io.imageshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether anything was committed to a SQLite database since the last look: SQLite's
 * {@code PRAGMA data_version}, asked on a connection of its own that never writes. Its value changes
 * after every commit by any other connection, of this process or another (the CLI, a second server on
 * the same file), which is what lets {@link ShareListCache} keep recipients in memory (docs/adr/0019).
 *
 * <p>The value is only comparable on one connection, so there is one, used under a lock (asking
 * takes a few microseconds). A reopened connection starts a new epoch, so a version read on the old
 * one never equals one read on the new.
 */
final class SqliteDataVersion implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDataVersion.class);

    private final DataSource source;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private PreparedStatement statement;
    private long epoch;
    private boolean closed;

    /** @param source read-only connections to the database file, as the reader pool's */
    SqliteDataVersion(DataSource source) {
        this.source = source;
    }

    /**
     * A token that differs from every earlier one whenever a commit happened in between; empty when
     * the database cannot be asked (the caller then reads the database itself).
     */
    OptionalLong current() {
        lock.lock();
        try {
            if (closed) {
                return OptionalLong.empty();
            }
            if (statement == null) {
                open();
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return OptionalLong.of(epoch << 32 | (row.getLong(1) & 0xFFFF_FFFFL));
            }
        } catch (SQLException e) {
            LOG.warn("cannot read SQLite's data version; reading the database on every call until it can: {}",
                    e.toString());
            closeConnection();
            return OptionalLong.empty();
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
