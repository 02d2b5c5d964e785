package io.imageshare.auth;

/** Why a request was not authenticated. Each dialect maps these to its vendor's error codes. */
public enum AuthFailure {
    /** No credential, signature or Authorization at all, or a part of one missing. */
    INCOMPLETE_SIGNATURE,
    /** The Authorization header or signature parameters cannot be parsed. */
    MALFORMED_AUTHORIZATION,
    /** A signature method or version this server does not accept. */
    UNSUPPORTED_SIGNATURE_METHOD,
    /** No such access key. */
    KEY_NOT_FOUND,
    /** The key exists but is disabled. */
    KEY_DISABLED,
    /** The signature does not match. */
    SIGNATURE_MISMATCH,
    /** The request time is missing. */
    TIMESTAMP_MISSING,
    /** The request time cannot be parsed. */
    TIMESTAMP_MALFORMED,
    /** The request time is outside the clock window. */
    TIMESTAMP_EXPIRED,
    /** The nonce is missing. */
    NONCE_MISSING,
    /** The nonce was used by the same key within the window. */
    NONCE_REUSED,
    /** The declared body hash does not match the body. */
    CONTENT_HASH_MISMATCH,
    /** The replay memory is full: refusing is safer than forgetting a nonce. */
    REPLAY_CAPACITY_EXHAUSTED
}
