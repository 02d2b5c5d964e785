package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.http.ServerConfig;
import io.imageshare.secret.MasterKey;
import io.imageshare.store.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Option(names = "--master-key", paramLabel = "BASE64", defaultValue = "${env:IMAGESHARE_MASTER_KEY}",
            description = "Key that encrypts access-key secrets, base64 of 32 bytes (env IMAGESHARE_MASTER_KEY). "
                    + "Default: DIR/master.key, created on first start with mode 0600.")
    String masterKey;

    DatabaseConfig database() {
        return db == null || db.isBlank() ? DatabaseConfig.sqlite(data) : DatabaseConfig.postgres(db, dbUser, dbPassword);
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
