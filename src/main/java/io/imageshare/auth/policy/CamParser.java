package io.imageshare.auth.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tencent Cloud CAM identity policies, {@code "version": "2.0"}. Element names and effects are lower case, as
 * Tencent documents them; there is no not_action or not_resource in CAM.
 */
final class CamParser {
    private static final Set<String> ELEMENTS = Set.of("effect", "action", "resource", "condition");
    private static final String QCS_FORM = "qcs:<project>:<service>:<region>:<account>:<resource>";
    private static final String NAME_PREFIX = "name/";

    private CamParser() {
    }

    static CompiledPolicy parse(String json) throws PolicyException {
        JsonNode statements = Json.statements(json, "version", "2.0", "statement");
        List<Statement> parsed = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            parsed.add(statement(statements.get(i), "statement " + (i + 1) + ": "));
        }
        return new CompiledPolicy(parsed);
    }

    private static Statement statement(JsonNode node, String where) throws PolicyException {
        if (!node.isObject()) {
            throw new PolicyException(where + "a statement must be a JSON object");
        }
        Json.onlyMembers(node, ELEMENTS, where, node.has("principal")
                ? " (principal belongs in role trust and bucket policies, not in identity policies)" : "");
        JsonNode effect = required(node, "effect", where);
        if (!effect.isTextual() || !(effect.textValue().equals("allow") || effect.textValue().equals("deny"))) {
            throw new PolicyException(where + "\"effect\" must be \"allow\" or \"deny\", found " + effect);
        }
        List<Glob> actions = new ArrayList<>();
        for (String action : Json.strings(required(node, "action", where), where, "action")) {
            actions.add(action(action, where));
        }
        List<ResourcePattern> resources = new ArrayList<>();
        for (String resource : Json.strings(required(node, "resource", where), where, "resource")) {
            try {
                resources.add(ResourcePattern.parse(resource, "qcs", QCS_FORM, 5, 1));
            } catch (IllegalArgumentException e) {
                throw new PolicyException(where + e.getMessage(), e);
            }
        }
        JsonNode condition = node.get("condition");
        List<Condition> conditions = condition == null ? List.of() : ConditionParser.parse(condition, where, true);
        return new Statement(effect.textValue().equals("allow"), actions, false, resources, false, conditions);
    }

    /**
     * {@code "*"}, {@code "name/cvm:Describe*"}, or {@code "cvm:Describe*"} without the prefix, which Tencent's own
     * examples and preset policies also use. Permission-ID sets ({@code permid/...}) name APIs by numeric id, a
     * table this engine does not have, so they are refused rather than ignored.
     */
    private static Glob action(String written, String where) throws PolicyException {
        if (written.startsWith("permid/")) {
            throw new PolicyException(where + "action \"" + written
                    + "\": permission-ID sets (\"permid/\") are not supported; use \"name/<service>:<action>\"");
        }
        String pattern = written.startsWith(NAME_PREFIX) ? written.substring(NAME_PREFIX.length()) : written;
        int slash = pattern.indexOf('/');
        int colon = pattern.indexOf(':');
        if (slash >= 0 && (colon < 0 || slash < colon)) {
            throw new PolicyException(where + "action \"" + written
                    + "\" has an unsupported prefix; use \"*\" or \"name/<service>:<action>\"");
        }
        return ActionPatterns.compile(pattern, written, where);
    }

    private static JsonNode required(JsonNode node, String element, String where) throws PolicyException {
        JsonNode value = node.get(element);
        if (value == null) {
            throw new PolicyException(where + "missing \"" + element + "\"");
        }
        return value;
    }
}
