package io.imageshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs prepared statements on one transaction's connection. Values only ever travel as bound
 * parameters, never inside the SQL text. SQLExceptions leave as the store's unchecked exceptions.
 */
final class Jdbc {
    /** Reads one row at the cursor. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs one use of a prepared statement, whose parameters are bound. */
    @FunctionalInterface
    private interface Use<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private final Connection connection;
    private final StatementSource statements;

    Jdbc(Connection connection) {
        this(connection, StatementSource.FRESH);
    }

    Jdbc(Connection connection, StatementSource statements) {
        this.connection = connection;
        this.statements = statements;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, List<?> params) {
        return run(sql, params, "query failed", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, List<?> params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The first column of the single row a COUNT or similar returns. */
    long queryLong(String sql, List<?> params) {
        return queryOne(sql, row -> row.getLong(1), params).orElse(0L);
    }

    boolean exists(String sql, List<?> params) {
        return queryOne(sql, row -> Boolean.TRUE, params).isPresent();
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
    int update(String sql, List<?> params) {
        return run(sql, params, "update failed", PreparedStatement::executeUpdate);
    }

    /** Runs one statement per parameter list in a single batch. */
    void batch(String sql, List<? extends List<?>> paramLists) {
        if (paramLists.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<?> params : paramLists) {
                bind(statement, params);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw StoreErrors.translate("batch update failed", e);
        }
    }

    /** Binds the parameters, runs the use, and gives the statement back to its source. */
    private <T> T run(String sql, List<?> params, String failure, Use<T> use) {
        try {
            PreparedStatement statement = statements.prepare(connection, sql);
            T result;
            try {
                bind(statement, params);
                result = use.run(statement);
            } catch (SQLException | RuntimeException e) {
                discard(statement, sql, e);
                throw e;
            }
            statements.release(statement, sql, false);
            return result;
        } catch (SQLException e) {
            throw StoreErrors.translate(failure, e);
        }
    }

    /** A statement that failed is closed, never kept; the failure that matters is the first. */
    private void discard(PreparedStatement statement, String sql, Exception failure) {
        try {
            statements.release(statement, sql, true);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            int index = i + 1;
            switch (value) {
                // Only text columns are nullable in this schema.
                case null -> statement.setNull(index, Types.VARCHAR);
                case String s -> statement.setString(index, withoutNul(s));
                case Long l -> statement.setLong(index, l);
                case Integer n -> statement.setInt(index, n);
                case Boolean b -> statement.setBoolean(index, b);
                default -> throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
            }
        }
    }

    /**
     * PostgreSQL cannot store NUL in text and SQLite can: refuse it on both, so that a value a client
     * smuggles in (ImageName=%00) fails the same way whatever the database.
     */
    static String withoutNul(String text) {
        if (text.indexOf(0) >= 0) {
            throw new StoreException("text with a NUL character cannot be stored", null);
        }
        return text;
    }

    /** "?, ?, ?" for an IN list of n values. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
