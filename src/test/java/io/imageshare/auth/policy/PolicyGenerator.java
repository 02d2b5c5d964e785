package io.imageshare.auth.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Random policies and requests for {@link RandomizedPolicyTest}, written as JSON and parsed like real ones. */
final class PolicyGenerator {

    /** What differs between the dialects: element names, vocabularies, ARN shapes. */
    enum Dialect {
        RAM("Effect", "Allow", "Deny", "Action", "Resource", "Condition",
                List.of("*", "ecs:*", "ecs:Describe*", "ecs:?escribeImages", "ECS:describeimages", "ens:*",
                        "*:DescribeImages", "ecs:ModifyImageSharePermission"),
                List.of("ecs:DescribeImages", "ecs:ModifyImageSharePermission", "ens:DescribeImages",
                        "swas-open:ListCustomImageShareAccounts"),
                List.of("\"IpAddress\":{\"acs:SourceIp\":[\"10.0.0.0/8\",\"::1\"]}",
                        "\"StringNotEquals\":{\"acs:Region\":\"cn-beijing\"}",
                        "\"Bool\":{\"acs:SecureTransport\":\"true\"}"),
                "acs:sourceip", "acs:region", "acs:securetransport"),
        CAM("effect", "allow", "deny", "action", "resource", "condition",
                List.of("*", "name/cvm:*", "name/cvm:Describe*", "cvm:Modify*", "name/cvm:?escribeImages",
                        "name/CVM:describeimages"),
                List.of("cvm:DescribeImages", "cvm:ModifyImageSharePermission", "cvm:DescribeImageSharePermission",
                        "cbs:DescribeDisks"),
                List.of("\"ip_equal\":{\"qcs:ip\":[\"10.0.0.0/8\",\"::1\"]}",
                        "\"string_not_equal\":{\"cvm:region\":\"ap-beijing\"}",
                        "\"bool_equal_if_exist\":{\"qcs:secure\":\"true\"}"),
                "qcs:ip", "cvm:region", "qcs:secure");

        final String effect;
        final String allow;
        final String deny;
        final String action;
        final String resource;
        final String condition;
        final List<String> actionPatterns;
        final List<String> actions;
        final List<String> conditions;
        final String ipKey;
        final String regionKey;
        final String secureKey;

        Dialect(String effect, String allow, String deny, String action, String resource, String condition,
                List<String> actionPatterns, List<String> actions, List<String> conditions, String ipKey,
                String regionKey, String secureKey) {
            this.effect = effect;
            this.allow = allow;
            this.deny = deny;
            this.action = action;
            this.resource = resource;
            this.condition = condition;
            this.actionPatterns = actionPatterns;
            this.actions = actions;
            this.conditions = conditions;
            this.ipKey = ipKey;
            this.regionKey = regionKey;
            this.secureKey = secureKey;
        }

        /** A statement with Action and Resource (JSON values) and an optional condition object. */
        String statement(boolean allows, String actions, String resources, String conditionObject) {
            return statement(allows, action, actions, resource, resources, conditionObject);
        }

        String statement(boolean allows, String actionElement, String actions, String resourceElement,
                         String resources, String conditionObject) {
            return "{\"" + effect + "\":\"" + (allows ? allow : deny) + "\",\"" + actionElement + "\":" + actions
                    + ",\"" + resourceElement + "\":" + resources
                    + (conditionObject == null ? "" : ",\"" + condition + "\":" + conditionObject) + "}";
        }

        String document(List<String> statements) {
            return this == RAM
                    ? "{\"Version\":\"1\",\"Statement\":[" + String.join(",", statements) + "]}"
                    : "{\"version\":\"2.0\",\"statement\":[" + String.join(",", statements) + "]}";
        }
    }

    private final Dialect dialect;
    private final Random random;

    PolicyGenerator(Dialect dialect, long seed) {
        this.dialect = dialect;
        this.random = new Random(seed * 31 + dialect.ordinal());
    }

    Random random() {
        return random;
    }

    Policy parse(List<String> statements) {
        String json = dialect.document(statements);
        try {
            return dialect == Dialect.RAM ? Policies.parseRam(json) : Policies.parseCam(json);
        } catch (PolicyException e) {
            throw new AssertionError(e.getMessage() + " in " + json, e);
        }
    }

    /** One to three policies of random statements. */
    List<Policy> policies() {
        List<Policy> policies = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            policies.add(parse(statements(false)));
        }
        return policies;
    }

    /**
     * One to three random statements.
     *
     * @param only111 every resource pattern names account 111 (so no "*" and no NotResource)
     */
    List<String> statements(boolean only111) {
        List<String> statements = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            boolean allows = random.nextInt(10) < 7;
            boolean ram = dialect == Dialect.RAM;
            String actionElement = ram && random.nextInt(5) == 0 ? "NotAction" : dialect.action;
            String resourceElement = ram && !only111 && random.nextInt(7) == 0 ? "NotResource" : dialect.resource;
            String actions = array(1 + random.nextInt(2), () -> pick(dialect.actionPatterns));
            String resources = array(1 + random.nextInt(2), () -> resourcePattern(only111));
            statements.add(dialect.statement(allows, actionElement, actions, resourceElement, resources,
                    random.nextInt(10) < 3 ? conditionObject() : null));
        }
        return statements;
    }

    /** @param account every resource in this account ("111", "222"), or null for a mix, "*" included */
    AccessRequest request(String account) {
        List<String> resources = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            if (account == null && random.nextInt(10) == 0) {
                resources.add("*");
            } else {
                resources.add(resource(account != null ? account : random.nextBoolean() ? "111" : "222"));
            }
        }
        Map<String, String> context = new HashMap<>();
        maybePut(context, dialect.ipKey, "10.1.2.3", "192.168.0.1", "::1");
        maybePut(context, dialect.regionKey, "cn-beijing", "ap-beijing", "cn-hangzhou");
        maybePut(context, dialect.secureKey, "true", "false");
        return new AccessRequest(pick(dialect.actions), resources, context);
    }

    private String resourcePattern(boolean only111) {
        if (!only111 && random.nextInt(5) == 0) {
            return "*";
        }
        if (dialect == Dialect.RAM) {
            String account = only111 ? "111" : pick(List.of("111", "222", "*", "1?1"));
            return "acs:" + pick(List.of("ecs", "ens", "*", "e?s")) + ":"
                    + pick(List.of("cn-hangzhou", "*", "", "cn-*")) + ":" + account + ":"
                    + pick(List.of("image/*", "image/m-1", "image/m-?", "*", "image/x:*"));
        }
        String account = only111 ? "uin/111" : pick(List.of("uin/111", "uin/222", "uin/*", "*"));
        return "qcs:" + pick(List.of("", "*")) + ":" + pick(List.of("cvm", "*")) + ":"
                + pick(List.of("ap-guangzhou", "*", "ap-*")) + ":" + account + ":"
                + pick(List.of("image/*", "image/img-1", "image/img-?", "*", "image/x:*"));
    }

    /** A concrete ARN; some relative ids contain colons and another account's number, to tempt a sloppy glob. */
    private String resource(String account) {
        if (dialect == Dialect.RAM) {
            return "acs:" + pick(List.of("ecs", "ens")) + ":" + pick(List.of("cn-hangzhou", "cn-beijing", "")) + ":"
                    + account + ":"
                    + pick(List.of("image/m-1", "image/m-2", "image/x:111:image/m-1", "image/x:222:image/m-1"));
        }
        return "qcs::cvm:" + pick(List.of("ap-guangzhou", "ap-beijing")) + ":uin/" + account + ":"
                + pick(List.of("image/img-1", "image/img-2", "image/x:uin/111:image/img-1"));
    }

    private String conditionObject() {
        List<String> chosen = new ArrayList<>();
        for (String condition : dialect.conditions) {
            if (random.nextBoolean()) {
                chosen.add(condition);
            }
        }
        return "{" + String.join(",", chosen) + "}";
    }

    private void maybePut(Map<String, String> context, String key, String... values) {
        int choice = random.nextInt(values.length + 1);
        if (choice < values.length) {
            context.put(key, values[choice]);
        }
    }

    private String array(int n, Supplier<String> item) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add("\"" + item.get() + "\"");
        }
        return "[" + String.join(",", items) + "]";
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
