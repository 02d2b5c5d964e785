package io.imageshare.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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

    /** The cached library (written now if missing or of the wrong size), or null if the jar has none. */
    static Path cachedCopy(Path root) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        String folder = LibraryLoaderUtil.getNativeLibResourcePath();
        URL resource = SQLiteJDBCLoader.class.getResource(folder + "/" + name);
        if (resource == null) {
            return null;
        }
        long size = resource.openConnection().getContentLengthLong();
        Path dir = root.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-"
                + OSInfo.getNativeLibFolderPathForCurrentOS().replace('/', '-'));
        Path lib = dir.resolve(name);
        if (Files.isRegularFile(lib) && size >= 0 && Files.size(lib) == size) {
            return lib;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".partial");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return lib;
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
