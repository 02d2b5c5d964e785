package io.imageshare.core;

import java.util.Objects;

/**
 * A client's idempotency token for one write (decisions §6), with a fingerprint of the request it
 * came with: the same token with another fingerprint is a different request, not a retry. The
 * dialect checks the token's form and computes the fingerprint; the core only compares them.
 */
public record ClientToken(String value, String fingerprint) {
    public ClientToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
