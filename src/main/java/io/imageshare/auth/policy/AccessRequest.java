package io.imageshare.auth.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One authorisation question: may the caller do {@code action} on every one of {@code resources}?
 *
 * @param action    "service:ActionName" for both clouds, e.g. {@code ecs:DescribeImageSharePermission} or
 *                  {@code cvm:DescribeImageSharePermission} (without CAM's {@code name/} prefix)
 * @param resources ARNs such as {@code acs:ecs:cn-hangzhou:1234567890123456:image/m-bp1abc} or
 *                  {@code qcs::cvm:ap-guangzhou:uin/100000000001:image/img-6pb6lrmy}, or {@code "*"}; at least one
 * @param context   condition keys (lower case) and their single values: an IP literal, "true"/"false", an ISO-8601
 *                  instant, a region id...
 */
public record AccessRequest(String action, List<String> resources, Map<String, String> context) {

    /**
     * Copies the lists so that a request cannot change while it is evaluated. An empty resource list is refused
     * rather than answered: "allowed on every one of no resources" would be a vacuous ALLOW. Context keys are
     * lower-cased here as a safety net, since policy keys are compared in lower case.
     */
    public AccessRequest {
        Objects.requireNonNull(action, "action");
        resources = List.copyOf(resources);
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("an access request names at least one resource");
        }
        context = lowerCaseKeys(context == null ? Map.of() : context);
    }

    /** A request without condition context. */
    public AccessRequest(String action, List<String> resources) {
        this(action, resources, Map.of());
    }

    /** The same action and context, for one resource only. */
    public AccessRequest forResource(String resource) {
        return new AccessRequest(action, List.of(resource), context);
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> context) {
        boolean lower = true;
        for (String key : context.keySet()) {
            if (!key.equals(key.toLowerCase(Locale.ROOT))) {
                lower = false;
                break;
            }
        }
        if (lower) {
            return Map.copyOf(context);
        }
        Map<String, String> copy = new HashMap<>();
        context.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), Objects.requireNonNull(v, k)));
        return Map.copyOf(copy);
    }
}
