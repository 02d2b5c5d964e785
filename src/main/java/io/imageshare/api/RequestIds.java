package io.imageshare.api;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request IDs in the vendors' shape (a version-4 UUID). They identify, they do not protect, so they
 * come from a fast per-thread generator: {@code UUID.randomUUID()} reads the system's secure random
 * source under a lock, which showed in the describe profile (issue 6).
 */
public final class RequestIds {
    private RequestIds() {
    }

    /** Lower-case, as Tencent prints them. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }
}
