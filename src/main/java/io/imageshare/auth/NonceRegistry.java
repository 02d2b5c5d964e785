package io.imageshare.auth;

import java.time.Instant;

/** Remembers nonces for replay refusal. */
public interface NonceRegistry {
    /**
     * Records a nonce of one access key, seen at {@code now}, to be remembered until {@code now}
     * plus the window. Returns false when the same key used the nonce within its window.
     *
     * @throws AuthException with {@link AuthFailure#REPLAY_CAPACITY_EXHAUSTED} when full
     */
    boolean firstUse(String accessKeyId, String nonce, Instant now);
}
