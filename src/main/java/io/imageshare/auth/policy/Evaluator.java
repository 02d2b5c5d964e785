package io.imageshare.auth.policy;

import java.util.List;
import java.util.Map;

/**
 * The one decision procedure behind {@link Policy#evaluate} and {@link Policies#decide}: an explicit deny
 * anywhere wins; otherwise every resource must be allowed by some statement of some policy, not necessarily the
 * same one; otherwise the request is implicitly denied.
 *
 * <p>The question is asked per statement and per resource, which is what makes the multi-resource rule hold: a
 * Deny that covers one resource denies the whole request, and an Allow that covers only some resources leaves
 * the others to other statements.
 */
final class Evaluator {
    private Evaluator() {
    }

    static Decision decide(List<Policy> policies, AccessRequest request) {
        List<String> resources = request.resources();
        boolean[] allowed = new boolean[resources.size()];
        for (Policy policy : policies) {
            boolean denied = policy instanceof CompiledPolicy compiled
                    ? apply(compiled.statements(), request, allowed)
                    : applyForeign(policy, request, allowed);
            if (denied) {
                return Decision.EXPLICIT_DENY;
            }
        }
        for (boolean ok : allowed) {
            if (!ok) {
                return Decision.IMPLICIT_DENY;
            }
        }
        return Decision.ALLOW;
    }

    /** Marks the resources the statements allow; true as soon as a Deny statement covers any resource. */
    private static boolean apply(Statement[] statements, AccessRequest request, boolean[] allowed) {
        String action = request.action();
        Map<String, String> context = request.context();
        List<String> resources = request.resources();
        for (Statement statement : statements) {
            if (!statement.appliesTo(action, context)) {
                continue;
            }
            for (int i = 0; i < allowed.length; i++) {
                if (statement.allow() && allowed[i]) {
                    continue;
                }
                if (statement.covers(resources.get(i))) {
                    if (!statement.allow()) {
                        return true;
                    }
                    allowed[i] = true;
                }
            }
        }
        return false;
    }

    /**
     * A Policy implemented elsewhere can only be asked for whole decisions, so it is asked once per resource;
     * by the rule above, that gives exactly its per-resource allows and denies.
     */
    private static boolean applyForeign(Policy policy, AccessRequest request, boolean[] allowed) {
        List<String> resources = request.resources();
        for (int i = 0; i < allowed.length; i++) {
            AccessRequest one = resources.size() == 1 ? request : request.forResource(resources.get(i));
            switch (policy.evaluate(one)) {
                case EXPLICIT_DENY -> {
                    return true;
                }
                case ALLOW -> allowed[i] = true;
                case IMPLICIT_DENY -> {
                }
            }
        }
        return false;
    }
}
