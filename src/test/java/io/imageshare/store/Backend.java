package io.imageshare.store;

import io.imageshare.testing.LocalPostgres;
import io.imageshare.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
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
            String name = LocalPostgres.uniqueName("imageshare_test_");
            String url = LocalPostgres.createDatabase(name);
            return new TestDatabase(testConfig(DatabaseConfig.postgres(url, Postgres.USER, Postgres.PASSWORD)),
                    () -> LocalPostgres.dropDatabase(name));
        }
    };

    /** Short timeouts keep failing tests fast; a small pool keeps many parallel databases cheap. */
    static DatabaseConfig testConfig(DatabaseConfig config) {
        return config.withConnectionTimeout(Duration.ofSeconds(5)).withPoolSize(4);
    }

    abstract TestDatabase createDatabase() throws Exception;

    /** The local PostgreSQL server ({@link LocalPostgres}), under the names the store tests use. */
    static final class Postgres {
        static final String USER = LocalPostgres.USER;
        static final String PASSWORD = LocalPostgres.PASSWORD;
        static final boolean AVAILABLE = LocalPostgres.AVAILABLE;
        static final String SKIP_MESSAGE = LocalPostgres.skipMessage("the PostgreSQL half of the store conformance suite");

        private Postgres() {
        }
    }
}
