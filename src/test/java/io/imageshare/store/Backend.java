package io.imageshare.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the conformance suite runs against. Each test gets a database of its own:
 * a fresh temporary directory for SQLite, a fresh {@code imageshare_test_<random>} database on the
 * local PostgreSQL server (admin URL overridable with IMAGESHARE_TEST_PG_URL and _USER, _PASSWORD).
 */
enum Backend {
    SQLITE {
        @Override
        TestDatabase createDatabase() throws IOException {
            Path directory = Files.createTempDirectory("imageshare-store-test-");
            return new TestDatabase(testConfig(DatabaseConfig.sqlite(directory.resolve("data"))),
                    () -> TestFiles.deleteRecursively(directory));
        }
    },
    POSTGRES {
        @Override
        TestDatabase createDatabase() throws SQLException {
            Assumptions.assumeTrue(Postgres.AVAILABLE, Postgres.SKIP_MESSAGE);
            // A generated identifier, not input: safe to put into the DDL, which cannot bind names.
            String name = "imageshare_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Postgres.admin("CREATE DATABASE " + name);
            String url = Postgres.ADMIN_URL.substring(0, Postgres.ADMIN_URL.lastIndexOf('/') + 1) + name;
            return new TestDatabase(testConfig(DatabaseConfig.postgres(url, Postgres.USER, Postgres.PASSWORD)),
                    () -> Postgres.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        }
    };

    /** Short timeouts keep failing tests fast; a small pool keeps many parallel databases cheap. */
    static DatabaseConfig testConfig(DatabaseConfig config) {
        return config.withConnectionTimeout(Duration.ofSeconds(5)).withPoolSize(4);
    }

    abstract TestDatabase createDatabase() throws Exception;

    /** The local PostgreSQL server's admin connection, probed once per test JVM. */
    static final class Postgres {
        static final String ADMIN_URL = env("IMAGESHARE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        static final String USER = env("IMAGESHARE_TEST_PG_USER", "postgres");
        static final String PASSWORD = System.getenv("IMAGESHARE_TEST_PG_PASSWORD");
        static final boolean AVAILABLE = probe();
        static final String SKIP_MESSAGE = "PostgreSQL is not reachable at " + ADMIN_URL + " as " + USER
                + ": SKIPPING the PostgreSQL half of the store conformance suite";

        private static boolean probe() {
            try (Connection connection = connect()) {
                return connection.isValid(2);
            } catch (SQLException e) {
                System.err.println("\n*** " + "PostgreSQL is not reachable at " + ADMIN_URL + " (" + e.getMessage()
                        + "): PostgreSQL store tests are SKIPPED ***\n");
                return false;
            }
        }

        static void admin(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        private static Connection connect() throws SQLException {
            DriverManager.setLoginTimeout(3);
            return DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
