package io.imageshare.auth.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Alibaba Cloud RAM identity policies, {@code "Version": "1"}. Element names, operators and the Effect values are
 * case-sensitive, as Alibaba documents them.
 */
final class RamParser {
    private static final Set<String> ELEMENTS =
            Set.of("Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final String ARN_FORM = "acs:<service>:<region>:<account>:<relative-id>";

    private RamParser() {
    }

    static CompiledPolicy parse(String json) throws PolicyException {
        JsonNode statements = Json.statements(json, "Version", "1", "Statement");
        List<Statement> parsed = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            parsed.add(statement(statements.get(i), "Statement " + (i + 1) + ": "));
        }
        return new CompiledPolicy(parsed);
    }

    private static Statement statement(JsonNode node, String where) throws PolicyException {
        if (!node.isObject()) {
            throw new PolicyException(where + "a statement must be a JSON object");
        }
        Json.onlyMembers(node, ELEMENTS, where, node.has("Principal")
                ? " (Principal belongs in resource-based policies, not in identity policies)" : "");
        JsonNode effect = node.get("Effect");
        if (effect == null) {
            throw new PolicyException(where + "missing \"Effect\"");
        }
        if (!effect.isTextual() || !(effect.textValue().equals("Allow") || effect.textValue().equals("Deny"))) {
            throw new PolicyException(where + "\"Effect\" must be \"Allow\" or \"Deny\", found " + effect);
        }
        String actionElement = exactlyOne(node, "Action", "NotAction", where);
        List<Glob> actions = new ArrayList<>();
        for (String action : Json.strings(node.get(actionElement), where, actionElement)) {
            actions.add(ActionPatterns.compile(action, action, where));
        }
        String resourceElement = exactlyOne(node, "Resource", "NotResource", where);
        List<ResourcePattern> resources = new ArrayList<>();
        for (String resource : Json.strings(node.get(resourceElement), where, resourceElement)) {
            try {
                resources.add(ResourcePattern.parse(resource, "acs", ARN_FORM, 4, 0));
            } catch (IllegalArgumentException e) {
                throw new PolicyException(where + e.getMessage(), e);
            }
        }
        JsonNode condition = node.get("Condition");
        List<Condition> conditions = condition == null ? List.of() : ConditionParser.parse(condition, where, false);
        return new Statement(effect.textValue().equals("Allow"), actions, actionElement.equals("NotAction"),
                resources, resourceElement.equals("NotResource"), conditions);
    }

    /** The name of whichever of the two elements is present; exactly one must be. */
    private static String exactlyOne(JsonNode node, String positive, String negative, String where)
            throws PolicyException {
        boolean hasPositive = node.has(positive);
        boolean hasNegative = node.has(negative);
        if (hasPositive && hasNegative) {
            throw new PolicyException(where + "both \"" + positive + "\" and \"" + negative
                    + "\" are given; give exactly one");
        }
        if (!hasPositive && !hasNegative) {
            throw new PolicyException(where + "missing \"" + positive + "\" (or \"" + negative + "\")");
        }
        return hasPositive ? positive : negative;
    }
}
