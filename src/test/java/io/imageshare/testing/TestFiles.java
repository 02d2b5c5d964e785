package io.imageshare.testing;

import io.imageshare.bench.Directories;
import java.io.IOException;
import java.nio.file.Path;

/** Files the tests make and remove. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Deletes a directory and everything in it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path root) throws IOException {
        Directories.delete(root);
    }
}
