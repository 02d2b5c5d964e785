package io.imageshare.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Where the SQLite driver loads its native library from. Left alone, sqlite-jdbc copies the library
 * out of its jar into a new temporary file at every start and compares the copy byte by byte: about a
 * tenth of a second of a two-core server's start (issue 6). Instead one copy per driver version and
 * platform is kept in the user's cache folder ({@code $XDG_CACHE_HOME/imageshare}, else
 * {@code ~/.cache/imageshare}), written once through a temporary file and an atomic rename, and the
 * driver is pointed at it with its own {@code org.sqlite.lib.path}. When that folder cannot be used,
 * or the operator set that property, the driver does as it always does.
 */
final class SqliteNativeLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached copy, making it first if needed; before the driver's first use. */
    static synchronized void useCachedCopy() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Path root = cacheRoot();
        if (root == null) {
            return;
        }
        try {
            Path lib = cachedCopy(root);
            if (lib != null) {
                System.setProperty(PATH_PROPERTY, lib.getParent().toString());
                System.setProperty(NAME_PROPERTY, lib.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite's native library is not cached ({}); the driver extracts its own", e.toString());
        }
    }

    /**
     * The cached library (written now if missing or of the wrong size), or null if the jar has none.
     * The folder is named from the JVM's own properties, and the jar resource it was copied from is
     * noted beside it: asking the driver which resource fits this platform starts {@code uname -o}
     * (its Android check), and a process started at every server start cost tens of milliseconds of
     * a one-second start (issue 6). The driver is asked only when the copy has to be written.
     */
    static Path cachedCopy(Path root) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path dir = root.resolve(safe("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-"
                + System.getProperty("os.name") + "-" + System.getProperty("os.arch")
                + (OSInfo.isMusl() ? "-musl" : "")));
        Path lib = dir.resolve(name);
        Path noted = dir.resolve(name + ".source");
        String source = Files.isRegularFile(lib) ? readNote(noted) : null;
        if (source != null && sizeOf(source) == Files.size(lib)) {
            return lib;
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        if (SQLiteJDBCLoader.class.getResource(resource) == null) {
            return null;
        }
        Files.createDirectories(dir);
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            replace(lib, in.readAllBytes());
        }
        replace(noted, resource.getBytes(StandardCharsets.UTF_8));
        return lib;
    }

    /** The noted jar resource, or null if there is no readable note (then the copy is written again). */
    private static String readNote(Path noted) {
        try {
            return Files.readString(noted).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** The size of a resource of the driver's jar, or -1 if there is none or it is not known. */
    private static long sizeOf(String resource) throws IOException {
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        return url == null ? -1 : url.openConnection().getContentLengthLong();
    }

    /** Writes through a temporary file and an atomic rename, so no reader sees half a file. */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "imageshare");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "imageshare");
    }
}
