package io.imageshare.it;

import io.imageshare.ImageShare;
import io.imageshare.http.ServerConfig;
import io.imageshare.seed.SeedLoader;
import io.imageshare.store.DatabaseConfig;
import io.imageshare.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The real server for integration tests: random port, a fresh data directory and database (SQLite, or
 * PostgreSQL: see {@link TestBackend}), loaded with {@code seed-basic.json}. Closing it stops the
 * server and deletes the directory and its database.
 */
public final class TestServer implements AutoCloseable {
    public static final String OWNER = "1234567890123456";
    public static final String OWNER_KEY = "LTAI5tExampleOwnerKey01";
    public static final String OWNER_SECRET = "owner-secret";
    public static final String RECIPIENT_A = "1234567890";
    public static final String RECIPIENT_A_KEY = "LTAI5tRecipientKeyA01";
    public static final String RECIPIENT_A_SECRET = "recipient-a-secret";
    public static final String RECIPIENT_B = "2345678901";
    public static final String RECIPIENT_C = "3456789012";
    public static final String OTHER_OWNER = "9876543210987654";
    public static final String OTHER_OWNER_KEY = "LTAI5tOtherOwnerKey01";
    public static final String OTHER_OWNER_SECRET = "other-owner-secret";
    /** Shared with RECIPIENT_A since 2024-07-15T13:59:21Z, in cn-hangzhou. */
    public static final String SHARED_IMAGE = "m-bp1caf3yicx5jlfl0001";
    /** Not shared, in cn-hangzhou. */
    public static final String PRIVATE_IMAGE = "m-bp1caf3yicx5jlfl0002";
    /** OTHER_OWNER's image in cn-shanghai. */
    public static final String OTHER_IMAGE = "m-uf6other0000000000001";

    private final TestBackend backend;
    private final Path dataDir;
    private final ImageShare app;

    private TestServer(TestBackend backend, Path dataDir, ImageShare app) {
        this.backend = backend;
        this.dataDir = dataDir;
        this.app = app;
    }

    public static TestServer start() {
        return start(createTempDir());
    }

    /** Starts on an existing data directory (for restart tests); seeds again, which changes nothing. */
    public static TestServer start(Path dataDir) {
        return start(dataDir, settings -> settings);
    }

    /** Starts with adjusted settings (clock, limits) on the directory's database. */
    public static TestServer start(Path dataDir, UnaryOperator<ImageShare.Settings> adjust) {
        return start(TestBackend.current(), dataDir, adjust);
    }

    /**
     * Starts on the given backend. Servers started on one directory share its database and master
     * key: on PostgreSQL they are nodes of one service.
     */
    public static TestServer start(TestBackend backend, Path dataDir, UnaryOperator<ImageShare.Settings> adjust) {
        DatabaseConfig database = backend.config(dataDir);
        ImageShare app = ImageShare.open(adjust.apply(ImageShare.Settings.defaults(ServerConfig.of("127.0.0.1", 0),
                database, dataDir.resolve("master.key"))));
        try {
            app.seedLoader().load(SeedLoader.read(seedFile()));
        } catch (IOException e) {
            app.close();
            throw new UncheckedIOException(e);
        }
        return new TestServer(backend, dataDir, app.serve());
    }

    public static Path seedFile() {
        try {
            return Path.of(TestServer.class.getResource("/seed-basic.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path createTempDir() {
        try {
            return Files.createTempDirectory("imageshare-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    /** {@code 127.0.0.1:port}: the SDKs' endpoint form. */
    public String endpoint() {
        return "127.0.0.1:" + port();
    }

    public Path dataDir() {
        return dataDir;
    }

    public ImageShare app() {
        return app;
    }

    /** Stops the server but keeps the data directory. */
    public void stop() {
        app.close();
    }

    @Override
    public void close() {
        app.close();
        backend.discard(dataDir);
        deleteRecursively(dataDir);
    }

    /** Deletes a data directory and its database (after a test that ran servers some other way). */
    public static void discard(Path dataDir) {
        TestBackend.current().discard(dataDir);
        deleteRecursively(dataDir);
    }

    public static void deleteRecursively(Path dir) {
        try {
            TestFiles.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
