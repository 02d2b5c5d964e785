package io.imageshare.auth;

import io.imageshare.core.AccessKey;
import java.time.Duration;
import java.time.Instant;

/** The checks every scheme makes around its signature. */
final class Checks {
    private Checks() {
    }

    static String require(String value, AuthFailure failure, String what) {
        if (value == null || value.isEmpty()) {
            throw new AuthException(failure, what + " is missing");
        }
        return value;
    }

    static AccessKey key(KeyDirectory keys, String accessKeyId) {
        AccessKey key = keys.find(accessKeyId)
                .orElseThrow(() -> new AuthException(AuthFailure.KEY_NOT_FOUND, accessKeyId));
        if (!key.enabled()) {
            throw new AuthException(AuthFailure.KEY_DISABLED, accessKeyId);
        }
        return key;
    }

    static void signature(String expected, String received, String stringToSign) {
        if (!Crypto.sameSignature(expected, received)) {
            throw new AuthException(AuthFailure.SIGNATURE_MISMATCH, stringToSign);
        }
    }

    static void fresh(Instant requestTime, Instant now, Duration window) {
        if (Duration.between(requestTime, now).abs().compareTo(window) > 0) {
            throw new AuthException(AuthFailure.TIMESTAMP_EXPIRED, requestTime.toString());
        }
    }

    /** Only called once the signature holds, so a forger cannot use up someone's nonces. */
    static void firstUse(NonceRegistry nonces, String accessKeyId, String nonce, Instant now) {
        if (!nonces.firstUse(accessKeyId, nonce, now)) {
            throw new AuthException(AuthFailure.NONCE_REUSED, nonce);
        }
    }

    /**
     * A request dated up to one window ahead of our clock stays acceptable until two windows after
     * we first see it, so its nonce must be remembered that long or it could be replayed.
     */
    static Duration requireRetention(NonceRegistry nonces, Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("clock window must be positive: " + window);
        }
        if (nonces.retention().compareTo(window.plus(window)) < 0) {
            throw new IllegalArgumentException("the nonce registry remembers " + nonces.retention()
                    + " but a clock window of " + window + " needs " + window.plus(window)
                    + " (use MemoryNonceRegistry.forClockWindow)");
        }
        return window;
    }
}
