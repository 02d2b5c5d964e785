package io.imageshare.it;

import io.imageshare.store.DatabaseConfig;
import io.imageshare.testing.LocalPostgres;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * The database the integration suite runs on, chosen per test JVM by the system property
 * {@code imageshare.it.backend}: {@code sqlite} (default) or {@code postgres}. Maven runs the suite
 * once with each (pom.xml). A server's database belongs to its data directory: on PostgreSQL it is
 * {@code imageshare_it_<directory name>}, created on first use and dropped by {@link #discard}, so a
 * restart on the same directory finds the same data, as on SQLite.
 */
public enum TestBackend {
    SQLITE, POSTGRES;

    public static final String PROPERTY = "imageshare.it.backend";

    public static TestBackend current() {
        String value = System.getProperty(PROPERTY, "sqlite").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "sqlite" -> SQLITE;
            case "postgres", "postgresql" -> POSTGRES;
            default -> throw new IllegalStateException(PROPERTY + " must be sqlite or postgres, not " + value);
        };
    }

    /** The database of a data directory, created if needed; skips the test when PostgreSQL is absent. */
    public DatabaseConfig config(Path dataDir) {
        if (this == SQLITE) {
            return DatabaseConfig.sqlite(dataDir);
        }
        Assumptions.assumeTrue(LocalPostgres.AVAILABLE, LocalPostgres.skipMessage("the PostgreSQL run of this test"));
        String name = databaseName(dataDir);
        try {
            if (!LocalPostgres.databaseExists(name)) {
                LocalPostgres.createDatabase(name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return DatabaseConfig.postgres(LocalPostgres.urlOf(name), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }

    /** The {@code serve}/admin command options that select the same database as {@link #config}. */
    public List<String> cliOptions(Path dataDir) {
        DatabaseConfig config = config(dataDir);
        List<String> options = new ArrayList<>(List.of("--data", dataDir.toString()));
        if (!config.isSqlite()) {
            options.addAll(List.of("--db", config.jdbcUrl(), "--db-user", config.user()));
            if (config.password() != null) {
                options.addAll(List.of("--db-password", config.password()));
            }
        }
        return options;
    }

    /** Drops the directory's PostgreSQL database, if any. The directory itself is the caller's. */
    public void discard(Path dataDir) {
        if (this == POSTGRES && LocalPostgres.AVAILABLE) {
            try {
                LocalPostgres.dropDatabase(databaseName(dataDir));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the test database of " + dataDir, e);
            }
        }
    }

    static String databaseName(Path dataDir) {
        return "imageshare_it_" + dataDir.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }
}
