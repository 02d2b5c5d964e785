package io.imageshare.core;

import java.util.List;

/** A sub-user as one request's authorisation sees it: who, and the policies attached to it. */
public record Principal(SubUser user, List<NamedPolicy> policies) {
    public Principal {
        policies = List.copyOf(policies);
    }
}
