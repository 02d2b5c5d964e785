package io.imageshare.auth.policy;

import java.util.List;
import java.util.Map;

/**
 * One statement, in the model both parsers produce: the effect, the action patterns (or the NotAction ones), the
 * resource patterns (or the NotResource ones) and the conditions, all compiled.
 */
final class Statement {
    private final boolean allow;
    private final Glob[] actions;
    private final boolean notAction;
    private final ResourcePattern[] resources;
    private final boolean notResource;
    private final Condition[] conditions;

    /**
     * @param actions   case-insensitive globs over the whole "service:Action" name
     * @param conditions all must hold
     */
    Statement(boolean allow, List<Glob> actions, boolean notAction, List<ResourcePattern> resources,
              boolean notResource, List<Condition> conditions) {
        this.allow = allow;
        this.actions = actions.toArray(Glob[]::new);
        this.notAction = notAction;
        this.resources = resources.toArray(ResourcePattern[]::new);
        this.notResource = notResource;
        this.conditions = conditions.toArray(Condition[]::new);
    }

    boolean allow() {
        return allow;
    }

    /**
     * Whether this statement is in force for the request as a whole: the action is covered (Action lists it, or
     * NotAction does not) and every condition holds. Resources are checked one by one with {@link #covers}.
     */
    boolean appliesTo(String action, Map<String, String> context) {
        if (anyAction(action) == notAction) {
            return false;
        }
        for (Condition condition : conditions) {
            if (!condition.holds(context)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the resource is covered: Resource lists it, or NotResource does not. */
    boolean covers(String resource) {
        for (ResourcePattern pattern : resources) {
            if (pattern.matches(resource)) {
                return !notResource;
            }
        }
        return notResource;
    }

    private boolean anyAction(String action) {
        for (Glob glob : actions) {
            if (glob.matches(action)) {
                return true;
            }
        }
        return false;
    }
}
