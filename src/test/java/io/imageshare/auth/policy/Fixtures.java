package io.imageshare.auth.policy;

import java.util.List;
import java.util.Map;

/** Short ways to write policies and requests in tests. */
final class Fixtures {
    static final String IMG_1 = "acs:ecs:cn-hangzhou:111:image/m-1";
    static final String IMG_2 = "acs:ecs:cn-hangzhou:111:image/m-2";

    private Fixtures() {
    }

    /** A RAM policy from its statements, written as a JSON array body without the brackets. */
    static Policy ram(String statements) {
        try {
            return Policies.parseRam("{\"Version\":\"1\",\"Statement\":[" + statements + "]}");
        } catch (PolicyException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A CAM policy from its statements, written as a JSON array body without the brackets. */
    static Policy cam(String statements) {
        try {
            return Policies.parseCam("{\"version\":\"2.0\",\"statement\":[" + statements + "]}");
        } catch (PolicyException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** One RAM statement; {@code resource} and {@code action} are JSON values (quoted strings or arrays). */
    static String allow(String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":" + action + ",\"Resource\":" + resource + "}";
    }

    static String deny(String action, String resource) {
        return "{\"Effect\":\"Deny\",\"Action\":" + action + ",\"Resource\":" + resource + "}";
    }

    static String q(String text) {
        return "\"" + text + "\"";
    }

    static AccessRequest request(String action, String... resources) {
        return new AccessRequest(action, List.of(resources), Map.of());
    }

    static AccessRequest request(String action, Map<String, String> context, String... resources) {
        return new AccessRequest(action, List.of(resources), context);
    }
}
