package io.imageshare.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export: writes every row of every table in {@link DumpSchema} as JSON Lines (docs/export-import.md),
 * from one snapshot of the database. The rows come in table order and, within a table, in primary
 * key order compared by bytes, so the same data gives the same bytes from SQLite and PostgreSQL;
 * only the header's createdAt tells two dumps of the same data apart.
 */
public final class DumpWriter {
    /** Rows a PostgreSQL cursor fetches at a time; without it the driver would read a whole table into memory. */
    private static final int FETCH_SIZE = 1000;
    /**
     * Lines end with the '\n' written after each object, not with Jackson's separator (a space).
     * Characters beyond the BMP (emoji) as themselves in UTF-8, not as escaped surrogate pairs.
     */
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private DumpWriter() {
    }

    /**
     * Writes the dump to {@code out}, which it flushes but does not close.
     *
     * @throws DumpException when the database holds a table or value the dump cannot carry exactly
     */
    public static DumpHeader write(JdbcStore store, OutputStream out, InstantSource clock, DumpProgress progress) {
        ConnectionPools pools = store.pools();
        String schemaVersion = Migrations.currentVersion(pools.writer());
        try (Connection connection = pools.reader().getConnection();
             JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            beginSnapshot(connection, pools.dialect());
            return JdbcStore.commitOrRollback(connection, () -> {
                DumpSchema.check(connection);
                DumpHeader header = new DumpHeader(schemaVersion, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                        counts(connection));
                header.write(json);
                json.writeRaw('\n');
                progress.start(header.totalRows());
                for (DumpSchema.Table table : DumpSchema.TABLES) {
                    if (writeRows(connection, pools.dialect(), table, json, progress) != header.tables().get(table.name())) {
                        // Cannot happen in a snapshot; if it did, the dump would fail its import anyway.
                        throw new DumpException("table " + table.name() + " changed during the export");
                    }
                }
                json.flush();
                return header;
            });
        } catch (SQLException e) {
            throw StoreErrors.translate("export failed", e);
        } catch (IOException e) {
            throw new DumpException("cannot write the dump: " + e.getMessage(), e);
        }
    }

    /**
     * One read transaction for the whole export, so that every table is read at the same instant
     * (a share is never dumped without its image). SQLite's WAL readers see a snapshot from their
     * first read to the end of the transaction; PostgreSQL's do under REPEATABLE READ.
     */
    private static void beginSnapshot(Connection connection, Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        }
        connection.setAutoCommit(false);
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DumpSchema.Table table : DumpSchema.TABLES) {
            counts.put(table.name(), new Jdbc(connection).queryLong("SELECT COUNT(*) FROM " + table.name(), List.of()));
        }
        return counts;
    }

    private static long writeRows(Connection connection, Dialect dialect, DumpSchema.Table table, JsonGenerator json,
                                  DumpProgress progress) throws SQLException, IOException {
        long written = 0;
        try (PreparedStatement select = connection.prepareStatement(table.select(dialect))) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    json.writeStartObject();
                    json.writeStringField("table", table.name());
                    json.writeObjectFieldStart("row");
                    for (int i = 0; i < table.columns().size(); i++) {
                        json.writeFieldName(table.columns().get(i));
                        ColumnType type = table.types().get(i);
                        type.write(json, read(type, rows, i + 1, table));
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeRaw('\n');
                    written++;
                    progress.advance(1);
                }
            }
        }
        return written;
    }

    private static Object read(ColumnType type, ResultSet rows, int index, DumpSchema.Table table) throws SQLException {
        try {
            return type.read(rows, index);
        } catch (DumpException e) {
            throw new DumpException("cannot export table " + table.name() + ", column "
                    + table.columns().get(index - 1) + ": " + e.getMessage());
        }
    }
}
