package io.imageshare.core;

import java.time.Instant;

/**
 * A client token as stored: whose it is, the fingerprint of the request that first used it, that
 * request's outcome (what a retry gets back, e.g. the ID of an image it created; empty when the
 * answer carries nothing), and until when it holds.
 */
public record ClientTokenRecord(AccountId account, String token, String fingerprint, String outcome,
                                Instant createdAt, Instant expiresAt) {
    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
