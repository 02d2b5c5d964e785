package io.imageshare.store;

/** A database made for one test, and how to get rid of it afterwards. */
final class TestDatabase implements AutoCloseable {
    @FunctionalInterface
    interface Cleanup {
        void run() throws java.io.IOException, java.sql.SQLException;
    }

    private final DatabaseConfig config;
    private final Cleanup cleanup;

    TestDatabase(DatabaseConfig config, Cleanup cleanup) {
        this.config = config;
        this.cleanup = cleanup;
    }

    DatabaseConfig config() {
        return config;
    }

    JdbcStore open() {
        return JdbcStore.open(config);
    }

    @Override
    public void close() throws java.io.IOException, java.sql.SQLException {
        cleanup.run();
    }
}
