package io.imageshare.store;

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

    private Migrations() {
    }

    /** @param dataSource on SQLite, the writer pool: migrations are writes like any other */
    static void migrate(DataSource dataSource) {
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

    private static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
    }
}
