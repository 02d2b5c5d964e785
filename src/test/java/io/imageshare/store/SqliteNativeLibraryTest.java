package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    private static byte[] jarCopy() throws Exception {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void writesTheDriversLibraryOnceAndReusesIt() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(cache);

        assertThat(lib).isNotNull().startsWith(cache);
        assertThat(lib.getParent().getFileName().toString()).contains(SQLiteJDBCLoader.getVersion());
        assertThat(Files.readAllBytes(lib)).isEqualTo(jarCopy());
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(lib, old);

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).isEqualTo(lib);
        assertThat(Files.getLastModifiedTime(lib)).isEqualTo(old);
        try (var files = Files.list(lib.getParent())) {
            // the library and the note of where it came from; no partial copies left behind
            assertThat(files).containsExactlyInAnyOrder(lib, lib.resolveSibling(lib.getFileName() + ".source"));
        }
    }

    @Test
    void anUnreadableNoteIsWrittenAgainInsteadOfFailingEveryStart() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(cache);
        Path note = lib.resolveSibling(lib.getFileName() + ".source");
        Files.write(note, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80}); // not UTF-8

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).isEqualTo(lib);
        assertThat(Files.readString(note)).endsWith("/" + lib.getFileName());
        assertThat(Files.readAllBytes(lib)).isEqualTo(jarCopy());
    }

    @Test
    void aCopyWhoseNoteNamesNoResourceIsWrittenAgain() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(cache);
        Path note = lib.resolveSibling(lib.getFileName() + ".source");
        Files.writeString(note, "/org/sqlite/native/Nowhere/none/" + lib.getFileName());
        Files.write(lib, new byte[] {1, 2, 3});

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(jarCopy());
        assertThat(Files.readString(note)).isEqualTo(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
    }

    @Test
    void replacesACopyOfTheWrongSize() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(cache);
        Files.write(lib, new byte[] {1, 2, 3});

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(jarCopy());
    }
}
