package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.Account;
import io.imageshare.core.StoreTx;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's shared WAL-index header as the share-list cache reads it (docs/adr/0019). */
class WalIndexHeaderTest extends StoreTestSupport {
    @Test
    void everyCommitChangesTheHeaderAndReadsDoNot() throws Exception {
        TestDatabase database = database(Backend.SQLITE);
        JdbcStore store = track(database.open());
        JdbcStore otherConnections = track(database.open());
        WalIndexHeader header = WalIndexHeader.open(database.config().sqliteFile()).orElseThrow();

        WalIndexHeader.State start = header.read();
        store.read((StoreTx tx) -> tx.accounts(ALICE.cloud()));
        assertThat(header.read()).as("a read transaction commits nothing").isEqualTo(start);

        store.write((StoreTx tx) -> tx.insertAccount(new Account(ALICE, "alice", T0)));
        WalIndexHeader.State afterOwnWrite = header.read();
        assertThat(afterOwnWrite).isNotEqualTo(start);

        otherConnections.write((StoreTx tx) -> tx.insertAccount(new Account(BOB, "bob", T0)));
        assertThat(header.read()).isNotEqualTo(afterOwnWrite).isNotEqualTo(start);
    }

    @Test
    void aCommitAfterACheckpointStillChangesTheHeader() throws Exception {
        TestDatabase database = database(Backend.SQLITE);
        JdbcStore store = track(database.open());
        WalIndexHeader header = WalIndexHeader.open(database.config().sqliteFile()).orElseThrow();
        store.write((StoreTx tx) -> tx.insertAccount(new Account(ALICE, "alice", T0)));
        try (var connection = store.pools().writer().getConnection(); var statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        WalIndexHeader.State checkpointed = header.read();

        // The log starts again from its first frame: the frame count may repeat, the salts may not.
        store.write((StoreTx tx) -> tx.insertAccount(new Account(BOB, "bob", T0)));

        assertThat(header.read()).isNotNull().isNotEqualTo(checkpointed);
    }

    /**
     * The last connection to close deletes the -shm file, and the next one makes a new file: a mapping of
     * the old one would never change again. The version's own connection, held open, prevents that.
     */
    @Test
    void theHeaderStaysLiveWhenEveryOtherConnectionCloses() throws Exception {
        TestDatabase database = database(Backend.SQLITE);
        Path file = database.config().sqliteFile();
        database.open().close();
        SqliteDataVersion version = track(new SqliteDataVersion(readOnlySource(file), file));
        assertThat(version.readsHeader()).isTrue();
        Object before = version.current().orElseThrow();

        try (JdbcStore admin = database.open()) {
            admin.write((StoreTx tx) -> tx.insertAccount(new Account(ALICE, "alice", T0)));
        }
        Object between = version.current().orElseThrow();
        try (JdbcStore admin = database.open()) {
            admin.write((StoreTx tx) -> tx.insertAccount(new Account(BOB, "bob", T0)));
        }

        assertThat(version.readsHeader()).isTrue();
        assertThat(between).isNotEqualTo(before);
        assertThat(version.current().orElseThrow()).isNotEqualTo(between);
        assertThat(Files.exists(file.resolveSibling(file.getFileName() + "-shm"))).isTrue();
    }

    @Test
    void aFileWithoutAHeaderItCanReadIsNotUsed(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("imageshare.db");
        assertThat(WalIndexHeader.open(db)).as("no -shm file").isEmpty();

        ByteBuffer other = ByteBuffer.allocate(32_768).order(ByteOrder.nativeOrder());
        other.putInt(0, 3_007_001).put(12, (byte) 1).putInt(48, 3_007_001).put(60, (byte) 1);
        Files.write(dir.resolve("imageshare.db-shm"), other.array());
        assertThat(WalIndexHeader.open(db)).as("another WAL-index version").isEmpty();

        Files.write(dir.resolve("imageshare.db-shm"), new byte[10]);
        assertThat(WalIndexHeader.open(db)).as("too short").isEmpty();
    }
}
