package io.imageshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Where a transaction's prepared statements come from, and where they go when it is done with them. */
interface StatementSource {
    /** A statement for the SQL on the connection, its parameters unset. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException;

    /**
     * The caller is done with the statement (its result set closed): it is closed, or kept for
     * the next use of the same SQL on the same connection. A statement that failed is never kept.
     */
    void release(PreparedStatement statement, String sql, boolean failed) throws SQLException;

    /**
     * Prepares every statement afresh and closes it after use. Right for PostgreSQL, whose driver
     * keeps its own cache of server-side prepared statements per connection.
     */
    StatementSource FRESH = new StatementSource() {
        @Override
        public PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            return connection.prepareStatement(sql);
        }

        @Override
        public void release(PreparedStatement statement, String sql, boolean failed) throws SQLException {
            statement.close();
        }
    };
}
