package io.imageshare.store;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * SQLite's WAL-index header, read where SQLite keeps it: the start of the database's {@code -shm} file,
 * which every connection of every process maps and shares (sqlite.org/walformat.html, "The WAL-Index
 * Header"). A writer rewrites both copies of the header before its commit returns, and every commit
 * changes them (the frame count grows, or the salts change when the log starts again), so an unchanged
 * header means no commit since: the same answer as {@code PRAGMA data_version} for the price of reading
 * 96 bytes of memory instead of starting a read transaction (two {@code fcntl} calls, docs/adr/0019).
 *
 * <p>The header is written in the machine's byte order, as the second copy first and the first copy
 * last; a reader that finds the two copies equal has one consistent header, as SQLite's own readers
 * do. The layout is version 3007000 of the WAL-index; another version, or a header not yet
 * initialised, is not read ({@link #read} gives null and the caller asks SQLite instead).
 */
final class WalIndexHeader {
    static final int WAL_INDEX_VERSION = 3_007_000;
    private static final int COPY = 48;
    private static final int WORDS = COPY / Long.BYTES;
    private static final int IS_INIT = 12;
    /** A header seen in the middle of its update is read again this many times before giving up. */
    private static final int ATTEMPTS = 3;
    private static final VarHandle WORD = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /** One consistent header: two headers are equal exactly when no commit happened in between. */
    record State(long w0, long w1, long w2, long w3, long w4, long w5) {
    }

    private final ByteBuffer shared;

    private WalIndexHeader(ByteBuffer shared) {
        this.shared = shared;
    }

    /**
     * Maps the header of the database's {@code -shm} file; empty when there is none (the database is not
     * in WAL mode) or it does not hold a header this class can read.
     */
    static Optional<WalIndexHeader> open(Path databaseFile) {
        Path shm = databaseFile.resolveSibling(databaseFile.getFileName() + "-shm");
        try (FileChannel channel = FileChannel.open(shm, StandardOpenOption.READ)) {
            if (channel.size() < 2 * COPY) {
                return Optional.empty();
            }
            // The mapping outlives the channel; SQLite never shrinks the file while a connection is open.
            WalIndexHeader header = new WalIndexHeader(channel.map(FileChannel.MapMode.READ_ONLY, 0, 2 * COPY)
                    .order(ByteOrder.nativeOrder()));
            return header.read() == null ? Optional.empty() : Optional.of(header);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** The header as it stands, or null when it cannot be read consistently or is not one this reads. */
    State read() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long[] first = copy(0);
            long[] second = copy(COPY);
            if (Arrays.equals(first, second)) {
                return readable() ? new State(first[0], first[1], first[2], first[3], first[4], first[5]) : null;
            }
            Thread.onSpinWait();
        }
        return null;
    }

    private long[] copy(int offset) {
        long[] words = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            words[i] = (long) WORD.getVolatile(shared, offset + i * Long.BYTES);
        }
        return words;
    }

    private boolean readable() {
        return shared.getInt(0) == WAL_INDEX_VERSION && shared.get(IS_INIT) == 1;
    }
}
