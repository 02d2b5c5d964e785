package io.imageshare.auth.policy;

/** The answer to an {@link AccessRequest}. */
public enum Decision {
    /** Every resource is allowed by some Allow statement and no Deny statement applies. */
    ALLOW,
    /** A Deny statement applies to at least one resource; no Allow anywhere can override it. */
    EXPLICIT_DENY,
    /** Nothing denies, but at least one resource is not allowed by any statement. */
    IMPLICIT_DENY
}
