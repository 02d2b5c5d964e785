package io.imageshare.auth.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a Condition block, {@code { "<operator>": { "<key>": value | [values], ... }, ... }}, for either
 * dialect. Keys are lower-cased (they are compared case-insensitively); values are compiled for their operator,
 * so a bad number, date, boolean or address is reported here rather than failing quietly per request.
 */
final class ConditionParser {
    private static final String IF_EXIST = "_if_exist";
    /**
     * Tag keys (lower case): requests carry no tags here, and an absent key would make a tag-scoped Deny
     * silently never apply, so such policies are refused rather than half-enforced.
     */
    private static final List<String> TAG_KEYS = List.of(
            "acs:resourcetag", "acs:requesttag", "acs:tagkeys", "qcs:resource_tag", "qcs:request_tag");

    private ConditionParser() {
    }

    /**
     * @param where "Statement 2: " and the like
     * @param cam   CAM operator names ({@code string_equal}, {@code _if_exist}) and dates; else RAM's
     */
    static List<Condition> parse(JsonNode block, String where, boolean cam) throws PolicyException {
        if (!block.isObject()) {
            throw new PolicyException(where + "the condition must be a JSON object of operators");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : block.properties()) {
            String name = entry.getKey();
            boolean ifExists = cam && name.endsWith(IF_EXIST);
            Operator operator = cam ? camOperator(name, ifExists, where) : Operator.ram(name);
            if (operator == null) {
                throw new PolicyException(where + "unknown condition operator \"" + name + "\"");
            }
            JsonNode keys = entry.getValue();
            if (!keys.isObject() || keys.isEmpty()) {
                throw new PolicyException(where + "condition operator \"" + name
                        + "\" must map at least one condition key to its values");
            }
            for (Map.Entry<String, JsonNode> field : keys.properties()) {
                conditions.add(condition(operator, ifExists, field.getKey(), field.getValue(),
                        where + "condition \"" + name + "\" on \"" + field.getKey() + "\": ", cam));
            }
        }
        return conditions;
    }

    private static Condition condition(Operator operator, boolean ifExists, String key, JsonNode value,
                                       String where, boolean cam) throws PolicyException {
        if (key.isEmpty()) {
            throw new PolicyException(where + "the condition key is empty");
        }
        String lower = key.toLowerCase(Locale.ROOT);
        for (String tagKey : TAG_KEYS) {
            if (lower.startsWith(tagKey)) {
                throw new PolicyException(where + "tag condition keys are not supported");
            }
        }
        List<String> values = Json.conditionValues(value, where);
        try {
            return new Condition(operator, lower, ifExists, ValueTest.compile(operator, values, cam));
        } catch (IllegalArgumentException e) {
            throw new PolicyException(where + e.getMessage(), e);
        }
    }

    /**
     * CAM's set qualifiers {@code for_any_value:} and {@code for_all_value:} are refused: they are about context
     * keys with several values, which this engine does not have, and their meaning for an absent key differs from
     * the bare operator's. Refusing is safer than guessing.
     */
    private static Operator camOperator(String name, boolean ifExists, String where) throws PolicyException {
        if (name.startsWith("for_any_value:") || name.startsWith("for_all_value:")) {
            throw new PolicyException(where + "condition operator \"" + name + "\": the set qualifiers"
                    + " for_any_value/for_all_value are not supported (context keys are single-valued)");
        }
        String base = ifExists ? name.substring(0, name.length() - IF_EXIST.length()) : name;
        if (base.equals("null_equal") || base.equals("binary_equal")) {
            throw new PolicyException(where + "condition operator \"" + name + "\" is not supported");
        }
        return Operator.cam(base);
    }
}
