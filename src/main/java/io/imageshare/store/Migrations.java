package io.imageshare.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the migrations in {@code db/migration}. Safe to run on every
 * start and from several nodes at once: Flyway records what it applied and locks while it works.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /**
     * The newest migration in {@code db/migration} (MigrationsTest checks it is). A database already
     * at this version is opened without Flyway: scanning and validating the migrations cost a third of
     * a restart (issue 6), and a node restarts far more often than the schema changes.
     */
    static final String NEWEST = "4";

    private Migrations() {
    }

    /** @param dataSource on SQLite, the writer pool: migrations are writes like any other */
    static void migrate(DataSource dataSource) {
        if (NEWEST.equals(appliedVersion(dataSource))) {
            return;
        }
        MigrateResult result;
        try {
            result = configure(dataSource).load().migrate();
        } catch (RuntimeException e) {
            throw StoreErrors.translate("database migration failed", e);
        }
        if (result.migrationsExecuted > 0) {
            LOG.info("Database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    /**
     * The version of the newest migration applied ("2"), or null before the first. On SQLite it
     * takes the writer connection: call it outside a write transaction.
     */
    static String currentVersion(DataSource dataSource) {
        try {
            MigrationInfo current = configure(dataSource).load().info().current();
            return current == null ? null : current.getVersion().getVersion();
        } catch (RuntimeException e) {
            throw StoreErrors.translate("cannot read the schema version", e);
        }
    }

    /**
     * The newest version Flyway recorded as applied with success, read straight from its history
     * table; null when there is none (a new database) or it cannot be read (Flyway then decides).
     */
    static String appliedVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rows = st.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL ORDER BY installed_rank DESC")) {
            // A failed migration (PostgreSQL keeps no record of one; SQLite may) leaves Flyway to report it.
            String newest = null;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return null;
                }
                newest = newest == null ? rows.getString(1) : newest;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return newest;
        } catch (SQLException e) {
            return null; // no history table yet
        }
    }

    private static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
    }
}
