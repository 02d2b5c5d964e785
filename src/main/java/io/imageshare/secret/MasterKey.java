package io.imageshare.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The 256-bit key that encrypts access-key secrets at rest. The operator supplies it (base64), or
 * the server creates it once in the data directory, readable by its owner only (mode 0600).
 */
public final class MasterKey {
    public static final String FILE_NAME = "master.key";
    private final byte[] key;

    private MasterKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (base64 of 256 bits)");
        }
        this.key = key.clone();
    }

    public static MasterKey fromBase64(String text) {
        try {
            return new MasterKey(Base64.getDecoder().decode(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not valid base64 of 32 bytes", e);
        }
    }

    /** Reads {@code file}, or creates it with a fresh random key when it does not exist. */
    public static MasterKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromBase64(Files.readString(file));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String text = Base64.getEncoder().encodeToString(fresh) + "\n";
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.of(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
            } catch (FileAlreadyExistsException raced) {
                return fromBase64(Files.readString(file));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            return new MasterKey(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key " + file, e);
        }
    }

    byte[] bytes() {
        return key.clone();
    }
}
