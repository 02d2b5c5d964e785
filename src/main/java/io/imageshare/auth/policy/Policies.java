package io.imageshare.auth.policy;

import java.util.List;
import java.util.Objects;

/** Entry point: parse RAM and CAM policy documents, and decide a request against all of a principal's policies. */
public final class Policies {
    private Policies() {
    }

    /** An Alibaba Cloud RAM identity policy, {@code "Version": "1"}. */
    public static Policy parseRam(String json) throws PolicyException {
        return RamParser.parse(Objects.requireNonNull(json, "json"));
    }

    /** A Tencent Cloud CAM identity policy, {@code "version": "2.0"}. */
    public static Policy parseCam(String json) throws PolicyException {
        return CamParser.parse(Objects.requireNonNull(json, "json"));
    }

    /**
     * Several policies attached to one principal: explicit deny in any wins; otherwise every resource must be
     * allowed by some statement of some policy (resources may be allowed by different policies); otherwise
     * IMPLICIT_DENY. An empty list is IMPLICIT_DENY.
     *
     * <p>Policies from {@link #parseRam} and {@link #parseCam} may be mixed, though a RAM statement never matches
     * a CAM resource and vice versa. Any other {@link Policy} implementation is asked once per resource.
     */
    public static Decision decide(List<Policy> policies, AccessRequest request) {
        return Evaluator.decide(policies, request);
    }
}
