package io.imageshare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table on their way into the database, sent in JDBC batches: import's rows one per
 * statement, the bulk loader's many per statement (a multi-row INSERT costs the driver one call for
 * all its rows, which is most of a fast load's time on SQLite).
 */
final class TableBatch implements AutoCloseable {
    /** Big enough to make round trips rare, small enough to keep a batch's memory trivial. */
    static final int SIZE = 1000;

    private final Connection connection;
    private final DumpSchema.Table table;
    private final int rowsPerStatement;
    /** What the numbers given to add count, for errors: a dump's "lines", the bulk loader's "rows". */
    private final String numbered;
    private final PreparedStatement insert;
    /** Rows not yet bound to {@link #insert}: fewer than rowsPerStatement. */
    private final List<List<Object>> group = new ArrayList<>();
    /** One-row statement for the rows left over when a batch is sent; made when first needed. */
    private PreparedStatement single;
    private int pending;
    private long firstLine;
    private long lastLine;

    TableBatch(Connection connection, DumpSchema.Table table) throws SQLException {
        this(connection, table, 1, "lines");
    }

    /** A batch of {@code rowsPerStatement}-row INSERTs, sent every SIZE statements. */
    TableBatch(Connection connection, DumpSchema.Table table, int rowsPerStatement, String numbered)
            throws SQLException {
        this.connection = connection;
        this.table = table;
        this.rowsPerStatement = rowsPerStatement;
        this.numbered = numbered;
        this.insert = connection.prepareStatement(table.insert(rowsPerStatement));
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
        group.add(values);
        pending++;
        if (group.size() == rowsPerStatement) {
            bind(insert, group);
            insert.addBatch();
            group.clear();
        }
        return pending == SIZE * rowsPerStatement ? flush() : 0;
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
                if (!group.isEmpty()) {
                    sendGroupOneByOne();
                }
            } catch (SQLException e) {
                throw new DumpException(numbered + " " + firstLine + " to " + lastLine + " (table " + table.name() + "): "
                        + StoreErrors.oneLine(e), e);
            }
            pending = 0;
        }
        return sent;
    }

    private void sendGroupOneByOne() throws SQLException {
        if (single == null) {
            single = connection.prepareStatement(table.insert(1));
        }
        for (List<Object> row : group) {
            bind(single, List.of(row));
            single.addBatch();
        }
        single.executeBatch();
        group.clear();
    }

    /** Binds the rows' values to the statement's parameters, in order. */
    private void bind(PreparedStatement statement, List<List<Object>> rows) throws SQLException {
        int index = 1;
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.types().get(i).bind(statement, index++, row.get(i));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (insert) {
            if (single != null) {
                single.close();
            }
        }
    }
}
