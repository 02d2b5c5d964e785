package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The SQLite settings that durability and consistency rest on, as the connections really have them. */
class SqliteSettingsTest extends StoreTestSupport {

    @Test
    void writerIsDurableWalWithForeignKeys() throws Exception {
        TestDatabase database = database(Backend.SQLITE);
        JdbcStore store = track(database.open());

        assertThat(Files.exists(database.config().sqliteFile())).isTrue();
        DataSource writer = store.pools().writer();
        assertThat(pragma(writer, "journal_mode")).isEqualTo("wal");
        // 2 = FULL: every commit is fsynced before write() returns.
        assertThat(pragma(writer, "synchronous")).isEqualTo("2");
        assertThat(pragma(writer, "foreign_keys")).isEqualTo("1");
        assertThat(Long.parseLong(pragma(writer, "busy_timeout"))).isPositive();
    }

    @Test
    void readersAreReadOnlyAndShareTheSettings() throws Exception {
        JdbcStore store = track(database(Backend.SQLITE).open());
        DataSource reader = store.pools().reader();

        assertThat(store.pools().reader()).isNotSameAs(store.pools().writer());
        assertThat(pragma(reader, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(reader, "foreign_keys")).isEqualTo("1");
        try (Connection connection = reader.getConnection()) {
            assertThat(connection.isReadOnly()).isTrue();
        }
    }

    private static String pragma(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
