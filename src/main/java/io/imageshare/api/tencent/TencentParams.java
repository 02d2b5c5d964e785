package io.imageshare.api.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The business parameters of one call, in one view whatever the signing mode: a TC3 POST's JSON body,
 * or flattened query and form parameters turned into the same tree ({@link FlatParams}). Checked
 * whole against the action's parameters when built: a parameter the action does not define is
 * {@code UnknownParameter}, a value of the wrong type {@code InvalidParameter}, a string with control
 * characters or longer than {@value #MAX_VALUE_LENGTH} characters {@code InvalidParameterValue}, each
 * naming the parameter. A JSON null counts as absent (the SDK omits unset fields).
 */
public final class TencentParams {
    public static final int MAX_VALUE_LENGTH = 4096;
    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,18}");
    private final ObjectNode root;

    /** One filter of a {@code Filters} list; {@code index} is its position, for naming it in errors. */
    public record Filter(int index, String name, List<String> values) {
        public String valueName(int i) {
            return "Filters." + index + ".Values." + i;
        }

        public String valuesName() {
            return "Filters." + index + ".Values";
        }
    }

    TencentParams(ObjectNode root, Map<String, ParamKind> defined) {
        this.root = root;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            ParamKind kind = defined.get(field.getKey());
            if (kind == null) {
                throw TencentException.of(TencentCommonError.UNKNOWN_PARAMETER, Echo.name(field.getKey()));
            }
            check(kind, field.getKey(), field.getValue());
        }
    }

    /** The string, or null when absent. */
    public String string(String name) {
        JsonNode v = value(name);
        return v == null ? null : v.asText();
    }

    /** The string; MissingParameter when absent. */
    public String requiredString(String name) {
        String v = string(name);
        if (v == null) {
            throw TencentException.of(TencentCommonError.MISSING_PARAMETER, name);
        }
        return v;
    }

    /** The integer, or null when absent. */
    public Long integer(String name) {
        JsonNode v = value(name);
        return v == null ? null : v.isNumber() ? v.longValue() : Long.valueOf(v.asText());
    }

    /** The boolean, or null when absent. */
    public Boolean bool(String name) {
        JsonNode v = value(name);
        return v == null ? null : v.isBoolean() ? v.booleanValue() : Boolean.valueOf(v.asText());
    }

    /** The strings of a list, in order; empty when absent. */
    public List<String> strings(String name) {
        JsonNode v = value(name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    /** The filters of a list, in order; empty when absent. A filter without Name or Values has them null or empty. */
    public List<Filter> filters(String name) {
        JsonNode v = value(name);
        List<Filter> out = new ArrayList<>();
        if (v != null) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode f = v.get(i);
                JsonNode filterName = f.get("Name");
                List<String> values = new ArrayList<>();
                JsonNode vs = f.get("Values");
                if (vs != null && !vs.isNull()) {
                    vs.forEach(e -> values.add(e.asText()));
                }
                out.add(new Filter(i, filterName == null || filterName.isNull() ? null : filterName.asText(), values));
            }
        }
        return out;
    }

    private JsonNode value(String name) {
        JsonNode v = root.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private static void check(ParamKind kind, String name, JsonNode value) {
        if (value.isNull()) {
            return;
        }
        switch (kind) {
            case STRING -> text(name, value);
            case INTEGER -> {
                boolean ok = value.isIntegralNumber() ? value.canConvertToLong()
                        : value.isTextual() && DIGITS.matcher(value.asText()).matches();
                if (!ok) {
                    throw wrongType(name);
                }
            }
            case BOOLEAN -> {
                boolean ok = value.isBoolean() || value.isTextual()
                        && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"));
                if (!ok) {
                    throw wrongType(name);
                }
            }
            case STRING_LIST -> list(name, value);
            case FILTERS -> {
                if (!value.isArray()) {
                    throw wrongType(name);
                }
                for (int i = 0; i < value.size(); i++) {
                    filter(name + "." + i, value.get(i));
                }
            }
            case IGNORED -> {
            }
        }
    }

    private static void filter(String name, JsonNode filter) {
        if (!filter.isObject()) {
            throw wrongType(name);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String child = name + "." + field.getKey();
            switch (field.getKey()) {
                case "Name" -> {
                    if (!field.getValue().isNull()) {
                        text(child, field.getValue());
                    }
                }
                case "Values" -> {
                    if (!field.getValue().isNull()) {
                        list(child, field.getValue());
                    }
                }
                default -> throw TencentException.of(TencentCommonError.UNKNOWN_PARAMETER, Echo.name(child));
            }
        }
    }

    private static void list(String name, JsonNode value) {
        if (!value.isArray()) {
            throw wrongType(name);
        }
        for (int i = 0; i < value.size(); i++) {
            text(name + "." + i, value.get(i));
        }
    }

    private static void text(String name, JsonNode value) {
        if (!value.isTextual()) {
            throw wrongType(name);
        }
        String s = value.asText();
        if (s.length() > MAX_VALUE_LENGTH || hasControlCharacters(s)) {
            throw TencentException.of(TencentCommonError.INVALID_PARAMETER_VALUE, Echo.name(name));
        }
    }

    private static TencentException wrongType(String name) {
        return TencentException.of(TencentCommonError.WRONG_TYPE, Echo.name(name));
    }

    private static boolean hasControlCharacters(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
