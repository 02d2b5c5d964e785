package io.imageshare.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * Remembers nonces for replay refusal: in memory for one node ({@link MemoryNonceRegistry}), or in
 * the database that several nodes share (store/SharedNonceRegistry).
 */
public interface NonceRegistry {
    /** How long a nonce is remembered after it is first seen: at least twice the clock window. */
    Duration retention();

    /**
     * Records a nonce of one access key, seen at {@code now}, to be remembered until {@code now}
     * plus the window. Returns false when the same key used the nonce within its window.
     *
     * @throws AuthException with {@link AuthFailure#REPLAY_CAPACITY_EXHAUSTED} when full
     * @throws io.imageshare.core.StoreUnavailableException when the shared memory cannot be reached
     */
    boolean firstUse(String accessKeyId, String nonce, Instant now);
}
