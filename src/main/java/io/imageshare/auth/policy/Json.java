package io.imageshare.auth.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON reading both parsers share, with the error messages a policy author needs. */
final class Json {
    /**
     * Duplicate names are refused rather than letting the last one win silently: a policy with two "Effect"s or
     * two "Resource"s means something its author did not see. Trailing text after the document is refused too.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** The document's top-level object. */
    static JsonNode readObject(String json) throws PolicyException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new PolicyException("policy is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException("policy must be a JSON object");
        }
        return root;
    }

    /**
     * The statements of a document whose top level holds exactly its version member, of the one version
     * allowed, and its statement array of at least one: RAM's {@code Version}/{@code Statement} ("1"),
     * CAM's {@code version}/{@code statement} ("2.0").
     */
    static JsonNode statements(String json, String versionKey, String versionValue, String statementKey)
            throws PolicyException {
        JsonNode root = readObject(json);
        onlyMembers(root, Set.of(versionKey, statementKey), "",
                " at the top level (only \"" + versionKey + "\" and \"" + statementKey + "\")");
        JsonNode version = root.get(versionKey);
        if (version == null) {
            throw new PolicyException("missing \"" + versionKey + "\"");
        }
        if (!version.isTextual() || !version.textValue().equals(versionValue)) {
            throw new PolicyException("\"" + versionKey + "\" must be the string \"" + versionValue + "\", found "
                    + version);
        }
        JsonNode statements = root.get(statementKey);
        if (statements == null) {
            throw new PolicyException("missing \"" + statementKey + "\"");
        }
        if (!statements.isArray() || statements.isEmpty()) {
            throw new PolicyException("\"" + statementKey + "\" must be an array of at least one statement");
        }
        return statements;
    }

    /** Refuses any member of {@code object} whose name is not in {@code allowed}, naming it. */
    static void onlyMembers(JsonNode object, Set<String> allowed, String where, String hint)
            throws PolicyException {
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String name = member.getKey();
            if (!allowed.contains(name)) {
                throw new PolicyException(where + "unknown element \"" + name + "\"" + hint);
            }
        }
    }

    /**
     * A string or a non-empty array of strings, as Action, Resource and their negations take.
     *
     * @param where "Statement 2: " and the like
     */
    static List<String> strings(JsonNode node, String where, String element) throws PolicyException {
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (!node.isArray()) {
            throw new PolicyException(where + "\"" + element + "\" must be a string or an array of strings");
        }
        if (node.isEmpty()) {
            throw new PolicyException(where + "\"" + element + "\" must not be an empty array");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new PolicyException(where + "\"" + element + "\" must contain only strings, found " + item);
            }
            values.add(item.textValue());
        }
        return values;
    }

    /** A condition value or a non-empty array of them; numbers and booleans are taken as their text. */
    static List<String> conditionValues(JsonNode node, String where) throws PolicyException {
        if (!node.isArray()) {
            return List.of(scalar(node, where));
        }
        if (node.isEmpty()) {
            throw new PolicyException(where + "the value array is empty");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            values.add(scalar(item, where));
        }
        return values;
    }

    private static String scalar(JsonNode node, String where) throws PolicyException {
        if (node.isTextual() || node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw new PolicyException(where + "a value must be a string, number or boolean, found " + node);
    }
}
