package io.imageshare.auth.policy;

/** One parsed identity policy (RAM or CAM); immutable and safe to share between threads. */
public interface Policy {
    /**
     * ALLOW if an allow statement applies to every resource and no deny statement applies to any;
     * EXPLICIT_DENY if a deny statement applies to any resource; else IMPLICIT_DENY.
     */
    Decision evaluate(AccessRequest request);
}
