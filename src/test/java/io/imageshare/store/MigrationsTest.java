package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @Test
    void newestNamesTheNewestMigrationFile() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertThat(Migrations.NEWEST).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void anOlderSchemaIsStillMigratedAndACurrentOneOpensWithoutFlyway(@TempDir Path dir) {
        DatabaseConfig config = DatabaseConfig.sqlite(dir);
        Flyway.configure().dataSource("jdbc:sqlite:" + config.sqliteFile().toAbsolutePath(), null, null)
                .locations("classpath:db/migration").target("2").load().migrate();
        try (JdbcStore store = JdbcStore.open(config)) {
            assertThat(Migrations.appliedVersion(store.pools().writer())).isEqualTo(Migrations.NEWEST);
        }
        try (JdbcStore store = JdbcStore.open(config)) {
            assertThat(Migrations.currentVersion(store.pools().writer())).isEqualTo(Migrations.NEWEST);
        }
    }

    @Test
    void aNewDatabaseHasNoAppliedVersion(@TempDir Path dir) {
        DatabaseConfig config = DatabaseConfig.sqlite(dir);
        try (ConnectionPools pools = ConnectionPools.open(config)) {
            assertThat(Migrations.appliedVersion(pools.writer())).isNull();
        }
    }
}
