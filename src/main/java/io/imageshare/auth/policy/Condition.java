package io.imageshare.auth.policy;

import java.util.Map;

/**
 * One condition key under one operator, e.g. {@code "IpAddress": {"acs:SourceIp": ["10.0.0.0/8", "::1"]}}.
 *
 * <p>A key absent from the request context makes a positive operator false and a negated one true, as in both
 * vendors' documentation; CAM's {@code _if_exist} suffix makes it true for every operator.
 *
 * @param key      lower case; context keys are lower case too
 * @param ifExists CAM {@code ..._if_exist}: an absent key satisfies the condition
 */
record Condition(Operator operator, String key, boolean ifExists, ValueTest values) {

    boolean holds(Map<String, String> context) {
        String value = context.get(key);
        if (value == null) {
            return ifExists || operator.negated;
        }
        return values.matchesAny(value) != operator.negated;
    }
}
