package io.imageshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConnection;

/**
 * Keeps each SQLite connection's prepared statements for its next transaction. sqlite-jdbc has no
 * statement cache of its own, and compiling the SQL again for every call was a tenth of a describe
 * call's time on the server (issue 6).
 *
 * <p>Statements are prepared on the driver's own connection, under the pool's proxy: the pool
 * closes the statements made through its proxy whenever a connection goes back to it. A
 * connection is used by one transaction at a time, and the pool hands it over with a memory
 * barrier, so each connection's map needs no lock of its own. When the pool closes a connection,
 * the driver finalizes its statements; its map is dropped at the next connection's first use.
 */
final class SqliteStatementCache implements StatementSource {
    /** Bounds the statements kept per connection: IN lists make SQL texts of many lengths. */
    static final int PER_CONNECTION = 64;

    private final Map<SQLiteConnection, Map<String, PreparedStatement>> byConnection = new ConcurrentHashMap<>();

    @Override
    public PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        Map<String, PreparedStatement> statements = byConnection.get(sqlite);
        if (statements == null) {
            dropClosedConnections();
            statements = leastRecentlyUsed();
            byConnection.put(sqlite, statements);
        }
        PreparedStatement statement = statements.remove(sql);
        // Taken out while in use: a nested use of the same SQL gets a statement of its own.
        return statement != null && !statement.isClosed() ? statement : sqlite.prepareStatement(sql);
    }

    @Override
    public void release(PreparedStatement statement, String sql, boolean failed) throws SQLException {
        if (failed || statement.isClosed()) {
            statement.close();
            return;
        }
        Map<String, PreparedStatement> statements =
                byConnection.get(statement.getConnection().unwrap(SQLiteConnection.class));
        if (statements == null) {
            // Its connection was closed and forgotten while the statement was out.
            statement.close();
            return;
        }
        statement.clearParameters();
        PreparedStatement previous = statements.put(sql, statement);
        if (previous != null && previous != statement) {
            previous.close();
        }
    }

    /** How many connections have statements kept; for tests. */
    int connections() {
        return byConnection.size();
    }

    private void dropClosedConnections() {
        byConnection.keySet().removeIf(SqliteStatementCache::isClosed);
    }

    private static boolean isClosed(SQLiteConnection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static Map<String, PreparedStatement> leastRecentlyUsed() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                try {
                    eldest.getValue().close();
                } catch (SQLException e) {
                    // Closing a statement frees memory only; the connection stays usable.
                }
                return true;
            }
        };
    }
}
