package io.imageshare.api.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imageshare.http.Param;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns flattened parameters (TC3 GET and v1: {@code AccountIds.0}, {@code Filters.0.Values.1}) into
 * the JSON tree a TC3 POST body carries, so that one parameter view serves every signing mode. A
 * numeric segment is an array index; any non-negative indexes are accepted (a 2018 document used
 * 1-based ones) and kept in their order.
 */
final class FlatParams {
    /** Deeper names exist in no API here; the bound also keeps the recursion shallow. */
    private static final int MAX_SEGMENTS = 8;

    private FlatParams() {
    }

    static ObjectNode toTree(List<Param> params) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Param p : params) {
            String[] path = p.name().split("\\.", -1);
            if (path.length > MAX_SEGMENTS) {
                throw TencentException.of(TencentCommonError.UNKNOWN_PARAMETER, Echo.name(p.name()));
            }
            for (String segment : path) {
                if (segment.isEmpty()) {
                    throw TencentException.of(TencentCommonError.UNKNOWN_PARAMETER, Echo.name(p.name()));
                }
            }
            insert(root, path, p);
        }
        return (ObjectNode) toJson(root, "", true);
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> root, String[] path, Param p) {
        Map<String, Object> node = root;
        for (int i = 0; i < path.length - 1; i++) {
            Object child = node.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
            if (!(child instanceof Map)) {
                throw conflict(p.name());
            }
            node = (Map<String, Object>) child;
        }
        Object previous = node.putIfAbsent(path[path.length - 1], p.value());
        if (previous != null && !previous.equals(p.value())) {
            throw conflict(p.name()); // a value given twice differently, or a value where a list is
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toJson(Object node, String name, boolean top) {
        if (node instanceof String s) {
            return JsonNodeFactory.instance.textNode(s);
        }
        Map<String, Object> map = (Map<String, Object>) node;
        boolean indexes = !top && map.keySet().stream().allMatch(FlatParams::isIndex);
        if (indexes) {
            TreeMap<Integer, Object> ordered = new TreeMap<>();
            for (Map.Entry<String, Object> e : map.entrySet()) {
                String element = name + "." + e.getKey();
                // At most four digits (no list here comes near 10,000 items); "01" and "1" collide.
                if (e.getKey().length() > 4 || ordered.put(Integer.parseInt(e.getKey()), e.getValue()) != null) {
                    throw TencentException.of(TencentCommonError.INVALID_PARAMETER, Echo.name(element));
                }
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            ordered.forEach((index, value) -> array.add(toJson(value, name + "." + index, false)));
            return array;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String child = top ? e.getKey() : name + "." + e.getKey();
            if (!top && isIndex(e.getKey())) {
                throw conflict(child); // indexes mixed with names: neither a list nor an object
            }
            object.set(e.getKey(), toJson(e.getValue(), child, false));
        }
        return object;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static TencentException conflict(String name) {
        return TencentException.of(TencentCommonError.INVALID_PARAMETER, Echo.name(name));
    }
}
