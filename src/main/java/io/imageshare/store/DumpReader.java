package io.imageshare.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Import: loads a dump written by {@link DumpWriter} into an empty, migrated database, in one
 * transaction. Every row is checked against {@link DumpSchema} (known table, exactly its columns,
 * values of the declared types) and the row counts against the header before the commit; anything
 * wrong rolls the whole import back, so the target either gets every row or none.
 */
public final class DumpReader {
    /**
     * Checks that the target's master key opens an access key's sealed secret (the dump carries the
     * ciphertext as stored); throws DumpException when it does not.
     */
    @FunctionalInterface
    public interface SecretCheck {
        void check(String keyId, String secretCiphertext);
    }

    /** Strict: a key twice in one object, or anything after the object on its line, is corruption. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Connection connection;
    private final DumpHeader header;
    private final DumpProgress progress;
    private final Map<String, Long> rows = new HashMap<>();
    private SecretCheck secrets;
    private TableBatch batch;
    private long lineNumber = 1;

    private DumpReader(Connection connection, DumpHeader header, SecretCheck secrets, DumpProgress progress) {
        this.connection = connection;
        this.header = header;
        this.secrets = secrets;
        this.progress = progress;
    }

    /**
     * Reads the dump from {@code in} (which it does not close) into the store's database.
     *
     * @throws DumpException when the dump or the target is refused; nothing is then written
     */
    public static DumpHeader read(JdbcStore store, InputStream in, SecretCheck secrets, DumpProgress progress) {
        // Malformed UTF-8 is refused, not replaced with U+FFFD: a replaced character is a lost one.
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        ConnectionPools pools = store.pools();
        DumpHeader header = DumpHeader.parse(JSON, readLine(lines, 1));
        String target = Migrations.currentVersion(pools.writer());
        if (!header.schemaVersion().equals(target)) {
            throw new DumpException("the dump is of schema version " + header.schemaVersion() + " and the target"
                    + " database of version " + target + ": import with the ImageShare version that exported it");
        }
        if (!header.tables().keySet().equals(DumpSchema.TABLES.stream().map(DumpSchema.Table::name)
                .collect(Collectors.toSet()))) {
            throw new DumpException("the dump's header counts the tables " + header.tables().keySet()
                    + ", not the tables of schema version " + target);
        }
        try (Connection connection = pools.writer().getConnection()) {
            connection.setAutoCommit(false);
            return JdbcStore.commitOrRollback(connection, () -> {
                DumpSchema.check(connection);
                refuseNonEmpty(new Jdbc(connection));
                progress.start(header.totalRows());
                new DumpReader(connection, header, secrets, progress).load(lines);
                return header;
            });
        } catch (SQLException e) {
            throw new DumpException("import failed: " + StoreErrors.oneLine(e), e);
        }
    }

    private static void refuseNonEmpty(Jdbc jdbc) {
        for (DumpSchema.Table table : DumpSchema.TABLES) {
            if (jdbc.exists("SELECT 1 FROM " + table.name() + " LIMIT 1", List.of())) {
                throw new DumpException("the target database is not empty (table " + table.name() + " has rows):"
                        + " import only into a new database");
            }
        }
    }

    private void load(BufferedReader lines) throws SQLException {
        for (String line; (line = readLine(lines, ++lineNumber)) != null; ) {
            DumpSchema.Table table;
            List<Object> values;
            try {
                JsonNode row = JSON.readTree(line);
                table = tableOf(row);
                values = values(table, row.get("row"));
            } catch (JsonProcessingException e) {
                throw new DumpException("line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
            } catch (DumpException e) {
                throw new DumpException("line " + lineNumber + ": " + e.getMessage());
            }
            if (batch == null || batch.table() != table) {
                switchTo(table);
            }
            progress.advance(batch.add(values, lineNumber));
        }
        switchTo(null);
        for (DumpSchema.Table table : DumpSchema.TABLES) {
            long expected = header.tables().get(table.name());
            long found = new Jdbc(connection).queryLong("SELECT COUNT(*) FROM " + table.name(), List.of());
            if (found != expected) {
                throw new DumpException("the dump holds " + found + " rows of table " + table.name() + " where its"
                        + " header says " + expected + ": the file is truncated or damaged");
            }
        }
    }

    /** The row's table, once the row is known to be in order and within the header's count. */
    private DumpSchema.Table tableOf(JsonNode line) {
        if (line == null || !line.isObject() || line.size() != 2 || !line.path("table").isTextual()
                || !line.path("row").isObject()) {
            throw new DumpException("not a row: expected {\"table\": ..., \"row\": {...}}");
        }
        String name = line.get("table").textValue();
        DumpSchema.Table table = DumpSchema.find(name).orElseThrow(() -> new DumpException("unknown table " + name));
        if (batch != null && DumpSchema.TABLES.indexOf(table) < DumpSchema.TABLES.indexOf(batch.table())) {
            throw new DumpException("rows of " + name + " after rows of " + batch.table().name()
                    + ": the tables are out of order");
        }
        if (rows.merge(name, 1L, Long::sum) > header.tables().get(name)) {
            throw new DumpException("more rows of table " + name + " than the header's " + header.tables().get(name));
        }
        return table;
    }

    /** The row's values in column order, each of its column's type. */
    private List<Object> values(DumpSchema.Table table, JsonNode row) {
        if (row.size() != table.columns().size()) {
            throw new DumpException("a row of " + table.name() + " must have exactly the columns " + table.columns());
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i);
            if (!row.has(column)) {
                throw new DumpException("a row of " + table.name() + " lacks the column " + column);
            }
            try {
                values.add(table.types().get(i).parse(row.get(column)));
            } catch (DumpException e) {
                throw new DumpException(table.name() + "." + column + ": " + e.getMessage());
            }
        }
        if (secrets != null && table.name().equals("access_key")) {
            secrets.check((String) values.get(0), (String) values.get(table.columns().indexOf("secret_ciphertext")));
            secrets = null; // one key tells whether the master key is the source's
        }
        return values;
    }

    /** Sends the current table's last batch and starts the next table's. */
    private void switchTo(DumpSchema.Table next) throws SQLException {
        if (batch != null) {
            progress.advance(batch.flush());
            batch.close();
            batch = null;
        }
        if (next != null) {
            batch = new TableBatch(connection, next);
        }
    }

    private static String readLine(BufferedReader lines, long number) {
        try {
            return lines.readLine();
        } catch (CharacterCodingException e) {
            throw new DumpException("line " + number + " is not valid UTF-8");
        } catch (IOException e) {
            throw new DumpException("cannot read the dump at line " + number + ": " + e.getMessage(), e);
        }
    }
}
