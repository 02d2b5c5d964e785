package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.http.ServerConfig;
import io.imageshare.secret.MasterKey;
import io.imageshare.store.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the data lives and how secrets are sealed: shared by every command. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:IMAGESHARE_DATA:-./data}",
            description = "Data directory: the embedded SQLite database and master key (default ./data; env IMAGESHARE_DATA).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:IMAGESHARE_DB}",
            description = "PostgreSQL JDBC URL instead of the embedded database (env IMAGESHARE_DB).")
    String db;

    @Option(names = "--db-user", defaultValue = "${env:IMAGESHARE_DB_USER}",
            description = "PostgreSQL user (env IMAGESHARE_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:IMAGESHARE_DB_PASSWORD}",
            description = "PostgreSQL password (env IMAGESHARE_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--db-connection-timeout", paramLabel = "SECONDS",
            defaultValue = "${env:IMAGESHARE_DB_CONNECTION_TIMEOUT}",
            description = "How long a request waits for a database connection (on SQLite, for another process's "
                    + "lock) before it fails with the vendor's retryable ServiceUnavailable (default 10; "
                    + "env IMAGESHARE_DB_CONNECTION_TIMEOUT).")
    Integer dbConnectionTimeout;

    @Option(names = "--db-socket-timeout", paramLabel = "SECONDS", defaultValue = "${env:IMAGESHARE_DB_SOCKET_TIMEOUT}",
            description = "PostgreSQL: how long one answer from the server may take before the connection is given "
                    + "up, so that a server gone silent fails requests instead of hanging them; 0 for no limit "
                    + "(default 30; env IMAGESHARE_DB_SOCKET_TIMEOUT).")
    Integer dbSocketTimeout;

    @Option(names = "--db-pool-size", paramLabel = "N", defaultValue = "${env:IMAGESHARE_DB_POOL_SIZE}",
            description = "Most database connections this process holds (SQLite: readers; PostgreSQL: all). Size it "
                    + "by docs/operations.md (default 10; env IMAGESHARE_DB_POOL_SIZE).")
    Integer dbPoolSize;

    @Option(names = "--master-key", paramLabel = "BASE64", defaultValue = "${env:IMAGESHARE_MASTER_KEY}",
            description = "Key that encrypts access-key secrets, base64 of 32 bytes (env IMAGESHARE_MASTER_KEY). "
                    + "Default: DIR/master.key, created on first start with mode 0600.")
    String masterKey;

    DatabaseConfig database() {
        DatabaseConfig database = db == null || db.isBlank()
                ? DatabaseConfig.sqlite(data) : DatabaseConfig.postgres(db, dbUser, dbPassword);
        if (dbConnectionTimeout != null) {
            database = database.withConnectionTimeout(Duration.ofSeconds(dbConnectionTimeout));
        }
        if (dbSocketTimeout != null) {
            database = database.withSocketTimeout(Duration.ofSeconds(dbSocketTimeout));
        }
        if (dbPoolSize != null) {
            database = database.withPoolSize(dbPoolSize);
        }
        return database;
    }

    /** The key given with --master-key, else DIR/master.key if it exists. Unlike {@link #open}, never creates one. */
    Optional<MasterKey> existingMasterKey() {
        if (masterKey != null && !masterKey.isBlank()) {
            return Optional.of(MasterKey.fromBase64(masterKey));
        }
        Path file = data.resolve(MasterKey.FILE_NAME);
        return Files.exists(file) ? Optional.of(MasterKey.loadOrCreate(file)) : Optional.empty();
    }

    ImageShare.Settings settings(ServerConfig server) {
        DatabaseConfig database = database();
        ImageShare.Settings defaults = ImageShare.Settings.defaults(server, database, data.resolve(MasterKey.FILE_NAME));
        return new ImageShare.Settings(server, database, masterKey == null || masterKey.isBlank() ? null : masterKey,
                defaults.masterKeyFile(), defaults.defaultRegion(), defaults.clock(), defaults.nonceCapacity(),
                defaults.tencentRequestsPerSecond());
    }

    ImageShare open() {
        return ImageShare.open(settings(ServerConfig.of("127.0.0.1", 0)));
    }
}
