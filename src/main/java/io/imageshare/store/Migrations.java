package io.imageshare.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
            result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw StoreErrors.translate("database migration failed", e);
        }
        if (result.migrationsExecuted > 0) {
            LOG.info("Database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}
