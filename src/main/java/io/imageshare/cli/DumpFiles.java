package io.imageshare.cli;

import io.imageshare.store.DumpException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The files of export and import: "-" for standard output or input; gzip for a name ending in .gz. */
final class DumpFiles {
    private static final int BUFFER = 1 << 16;

    private DumpFiles() {
    }

    /**
     * Export's output. A file is written under a temporary name beside it (mode 0600, as the dump
     * holds every account's data) and moved onto its name only by {@link #complete}, so a failed
     * export leaves no half a dump that could later be mistaken for a whole one.
     */
    static final class Output implements AutoCloseable {
        private final Path target;
        private final Path partial;
        private final OutputStream stream;
        private boolean completed;

        private Output(Path target, Path partial, OutputStream stream) {
            this.target = target;
            this.partial = partial;
            this.stream = stream;
        }

        OutputStream stream() {
            return stream;
        }

        void complete() throws IOException {
            stream.close();
            if (partial != null) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            completed = true;
        }

        @Override
        public void close() throws IOException {
            if (!completed) {
                try {
                    stream.close();
                } finally {
                    if (partial != null) {
                        Files.deleteIfExists(partial);
                    }
                }
            }
        }
    }

    static Output output(String name) {
        if (name.equals("-")) {
            // Standard output stays open for whoever else writes to it; closing only flushes.
            return new Output(null, null, new BufferedOutputStream(System.out, BUFFER) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
        Path target = Path.of(name).toAbsolutePath();
        try {
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), BUFFER);
            return new Output(target, partial, name.endsWith(".gz") ? new GZIPOutputStream(file, BUFFER) : file);
        } catch (IOException e) {
            throw new DumpException("cannot write " + name + ": " + describe(e), e);
        }
    }

    /** Import's input. Gzip is recognised by its first bytes, so a gzipped dump can come through "-" too. */
    static InputStream input(String name) {
        try {
            InputStream raw = name.equals("-") ? new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // Standard input is not ours to close.
                }
            } : Files.newInputStream(Path.of(name));
            BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            return gzip ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException e) {
            throw new DumpException("cannot read " + name + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> "no such file or directory";
            case AccessDeniedException a -> "permission denied";
            default -> String.valueOf(e.getMessage());
        };
    }
}
