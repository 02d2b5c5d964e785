package io.imageshare.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables a dump moves, declared here rather than discovered, so that a dump's shape does not
 * depend on which database wrote it. {@link #check} holds the declaration to the database's real
 * tables: a migration that adds a table or a column fails every export and import until it is
 * declared here (or excluded), instead of its data being silently left behind.
 */
final class DumpSchema {
    /** A table, its columns in dump order, and its primary key (the order its rows are dumped in). */
    record Table(String name, List<String> columns, List<ColumnType> types, List<String> primaryKey) {
        String select(Dialect dialect) {
            List<String> order = new ArrayList<>();
            for (String key : primaryKey) {
                order.add(key + (types.get(columns.indexOf(key)) == ColumnType.TEXT ? dialect.byteOrder() : ""));
            }
            return "SELECT " + String.join(", ", columns) + " FROM " + name + " ORDER BY " + String.join(", ", order);
        }

        /** An INSERT of {@code rows} rows at once. */
        String insert(int rows) {
            String row = "(" + Jdbc.placeholders(columns.size()) + ")";
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", java.util.Collections.nCopies(rows, row));
        }
    }

    /** In foreign-key order: every table comes after the tables it refers to. */
    static final List<Table> TABLES = List.of(
            declare("account", "cloud id", "cloud TEXT, id TEXT, name TEXT, created_at BIGINT"),
            declare("access_key", "id", "id TEXT, account_cloud TEXT, account_id TEXT, user_name TEXT,"
                    + " secret_ciphertext TEXT, enabled BOOLEAN, created_at BIGINT"),
            declare("sub_user", "account_cloud account_id name",
                    "account_cloud TEXT, account_id TEXT, name TEXT, uid TEXT, created_at BIGINT"),
            declare("user_policy", "account_cloud account_id user_name policy_name", "account_cloud TEXT,"
                    + " account_id TEXT, user_name TEXT, policy_name TEXT, document TEXT, created_at BIGINT"),
            declare("image", "product id", "product TEXT, id TEXT, region TEXT, owner_cloud TEXT, owner_id TEXT,"
                    + " name TEXT, description TEXT, status TEXT, os_type TEXT, platform TEXT, architecture TEXT,"
                    + " size_gib INTEGER, is_public BOOLEAN, shared_to_ecs BOOLEAN, share_count INTEGER,"
                    + " created_at BIGINT"),
            declare("image_share", "product image_id account_id",
                    "product TEXT, image_id TEXT, account_id TEXT, shared_at BIGINT"),
            declare("client_token", "account_cloud account_id token", "account_cloud TEXT, account_id TEXT,"
                    + " token TEXT, fingerprint TEXT, outcome TEXT, created_at BIGINT, expires_at BIGINT"));

    /**
     * Tables that are deliberately not moved. flyway_schema_history: the target's own migrations
     * write it. request_nonce and rate_bucket (migration V3, replay nonces and rate-limit buckets):
     * caches that rebuild themselves, and whose entries are only meaningful to the servers that made
     * them; moving them would at best refuse some legitimate requests on the new database. They are
     * listed before they exist so that the migration that adds them needs no change here.
     */
    static final Set<String> EXCLUDED = Set.of("flyway_schema_history", "request_nonce", "rate_bucket");

    private DumpSchema() {
    }

    static Optional<Table> find(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Throws DumpException unless the database has exactly the declared tables and columns. */
    static void check(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> unknown = tables(meta, schema);
        Map<String, Set<String>> columnsOf = columns(meta, schema);
        // SQLite's own tables (sqlite_sequence, sqlite_stat1) are the engine's, not the schema's.
        unknown.removeIf(name -> EXCLUDED.contains(name) || name.startsWith("sqlite_"));
        for (Table table : TABLES) {
            if (!unknown.remove(table.name())) {
                throw new DumpException("the database has no table " + table.name() + ": is its schema migrated?");
            }
            Set<String> columns = columnsOf.get(table.name());
            if (!columns.equals(new LinkedHashSet<>(table.columns()))) {
                throw new DumpException("table " + table.name() + " has the columns " + columns + " where "
                        + DumpSchema.class.getSimpleName() + " declares " + table.columns()
                        + ": declare the new schema there before moving data");
            }
        }
        if (!unknown.isEmpty()) {
            throw new DumpException("the database has tables that export and import do not know: " + unknown
                    + "; declare them in " + DumpSchema.class.getSimpleName() + " (or exclude them) first");
        }
    }

    private static Set<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            Set<String> names = new TreeSet<>();
            while (rows.next()) {
                names.add(lower(rows.getString("TABLE_NAME")));
            }
            return names;
        }
    }

    /** Each table's columns. All at once: a table name as a pattern would need its "_" escaped. */
    private static Map<String, Set<String>> columns(DatabaseMetaData meta, String schema) throws SQLException {
        try (ResultSet rows = meta.getColumns(null, schema, "%", "%")) {
            Map<String, Set<String>> columns = new HashMap<>();
            while (rows.next()) {
                columns.computeIfAbsent(lower(rows.getString("TABLE_NAME")), t -> new LinkedHashSet<>())
                        .add(lower(rows.getString("COLUMN_NAME")));
            }
            return columns;
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code columns} is "name TYPE, name TYPE"; {@code primaryKey} the key's columns, space-separated. */
    private static Table declare(String name, String primaryKey, String columns) {
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        for (String column : columns.split(",")) {
            String[] parts = column.trim().split(" ");
            names.add(parts[0]);
            types.add(ColumnType.valueOf(parts[1]));
        }
        return new Table(name, List.copyOf(names), List.copyOf(types), List.of(primaryKey.split(" ")));
    }
}
