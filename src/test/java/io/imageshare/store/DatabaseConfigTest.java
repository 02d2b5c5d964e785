package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
    @Test
    void neverShowsThePassword() {
        DatabaseConfig config = DatabaseConfig.postgres("jdbc:postgresql://db:5432/shares?password=hunter2",
                "app", "hunter2");

        assertThat(config.toString()).contains("db:5432/shares", "app").doesNotContain("hunter2");
    }

    @Test
    void refusesWhatItCannotOpen() {
        assertThatThrownBy(() -> DatabaseConfig.postgres("jdbc:mysql://db/x", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseConfig(Path.of("d"), "jdbc:postgresql://db/x", null, null,
                Duration.ofSeconds(1), Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseConfig.sqlite(Path.of("d")).withConnectionTimeout(Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseConfig.postgres("jdbc:postgresql://db/x", null, null)
                .withSocketTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsEveryPostgresReadByDefault() {
        DatabaseConfig config = DatabaseConfig.postgres("jdbc:postgresql://db/x", null, null);

        assertThat(config.socketTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.withSocketTimeout(Duration.ZERO).socketTimeout()).isZero();
        assertThat(config.toString()).contains("socket timeout PT30S");
    }

    @Test
    void roundsTimeoutsUpToTheDriversWholeSeconds() {
        // The driver reads 0 as "no limit": half a second must not become that.
        assertThat(ConnectionPools.wholeSeconds(Duration.ofMillis(500))).isEqualTo(1);
        assertThat(ConnectionPools.wholeSeconds(Duration.ofMillis(2500))).isEqualTo(3);
        assertThat(ConnectionPools.wholeSeconds(Duration.ofSeconds(30))).isEqualTo(30);
    }

    @Test
    void keepsSqliteInOneFileOfTheDataDirectory() {
        assertThat(DatabaseConfig.sqlite(Path.of("/var/lib/imageshare")).sqliteFile())
                .isEqualTo(Path.of("/var/lib/imageshare/imageshare.db"));
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(ImageListingSql.escapeLike("50%_a!b")).isEqualTo("50!%!_a!!b");
    }
}
