package io.imageshare.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the tests use: 127.0.0.1:5432 as postgres unless IMAGESHARE_TEST_PG_URL
 * (an admin database URL), IMAGESHARE_TEST_PG_USER and IMAGESHARE_TEST_PG_PASSWORD say otherwise.
 * Tests never touch its existing databases: each creates {@code <prefix><random>} and drops it.
 */
public final class LocalPostgres {
    public static final String ADMIN_URL = env("IMAGESHARE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = env("IMAGESHARE_TEST_PG_USER", "postgres");
    public static final String PASSWORD = System.getenv("IMAGESHARE_TEST_PG_PASSWORD");
    /** Probed once per test JVM. */
    public static final boolean AVAILABLE = probe();

    private LocalPostgres() {
    }

    /** The message of a test skipped for want of PostgreSQL: loud, and says what did not run. */
    public static String skipMessage(String what) {
        return "PostgreSQL is not reachable at " + ADMIN_URL + " as " + USER + ": SKIPPING " + what
                + " (set IMAGESHARE_TEST_PG_URL to run it)";
    }

    /** A name no other run uses: {@code prefix} plus 16 random hex digits. */
    public static String uniqueName(String prefix) {
        return prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** @param name a generated identifier, never input: DDL cannot bind names */
    public static String createDatabase(String name) throws SQLException {
        admin("CREATE DATABASE " + name);
        return urlOf(name);
    }

    public static void dropDatabase(String name) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static boolean databaseExists(String name) throws SQLException {
        try (Connection connection = connect(); var statement = connection.prepareStatement(
                "SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    public static String urlOf(String database) {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    public static void admin(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean probe() {
        try (Connection connection = connect()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            System.err.println("\n*** PostgreSQL is not reachable at " + ADMIN_URL + " (" + e.getMessage()
                    + "): every PostgreSQL test is SKIPPED ***\n");
            return false;
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
