package io.imageshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Import's rows of one table on their way into the database, sent in JDBC batches. */
final class TableBatch implements AutoCloseable {
    /** Big enough to make round trips rare, small enough to keep a batch's memory trivial. */
    static final int SIZE = 1000;

    private final DumpSchema.Table table;
    private final PreparedStatement insert;
    private int pending;
    private long firstLine;
    private long lastLine;

    TableBatch(Connection connection, DumpSchema.Table table) throws SQLException {
        this.table = table;
        this.insert = connection.prepareStatement(table.insert());
    }

    DumpSchema.Table table() {
        return table;
    }

    /**
     * Adds a row (values in the table's column order) from a dump's line; sends the batch when it is
     * full. Returns the rows sent.
     */
    int add(List<Object> values, long line) throws SQLException {
        if (pending == 0) {
            firstLine = line;
        }
        lastLine = line;
        for (int i = 0; i < values.size(); i++) {
            table.types().get(i).bind(insert, i + 1, values.get(i));
        }
        insert.addBatch();
        pending++;
        return pending == SIZE ? flush() : 0;
    }

    /**
     * Sends what is pending; returns how many rows that was.
     *
     * @throws DumpException when the database refuses a row (a key twice, a share of no image): it
     *                       says which lines the batch held, as the drivers do not tell which row
     */
    int flush() throws SQLException {
        int sent = pending;
        if (sent > 0) {
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                throw new DumpException("lines " + firstLine + " to " + lastLine + " (table " + table.name() + "): "
                        + StoreErrors.oneLine(e), e);
            }
            pending = 0;
        }
        return sent;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
