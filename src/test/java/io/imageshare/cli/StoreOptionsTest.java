package io.imageshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.http.ServerConfig;
import io.imageshare.store.DatabaseConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StoreOptionsTest {
    private static final String URL = "jdbc:postgresql://db:5432/shares";

    @Test
    void theDatabaseTimeoutsAreSettable() {
        DatabaseConfig config = database("--db", URL, "--db-connection-timeout", "3", "--db-socket-timeout", "0");

        assertThat(config.connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.socketTimeout()).isZero();
    }

    @Test
    void thePoolSizeIsSettable() {
        assertThat(database("--db", URL, "--db-pool-size", "4").poolSize()).isEqualTo(4);
        assertThat(database("--db-pool-size", "3").poolSize()).as("SQLite readers").isEqualTo(3);
    }

    @Test
    void withoutTheOptionsTheStoreDefaultsHold() {
        DatabaseConfig config = database("--db", URL);

        assertThat(config.connectionTimeout()).isEqualTo(DatabaseConfig.postgres(URL, null, null).connectionTimeout());
        assertThat(config.socketTimeout()).isEqualTo(DatabaseConfig.postgres(URL, null, null).socketTimeout());
        assertThat(config.poolSize()).isEqualTo(DatabaseConfig.postgres(URL, null, null).poolSize());
    }

    private static DatabaseConfig database(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.store.settings(ServerConfig.of("127.0.0.1", 0)).database();
    }
}
