package io.imageshare.api.aliyun;

import io.imageshare.http.Param;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Typed access to a request's parameters. A value with control characters, or a parameter given
 * twice with different values, is refused by name rather than guessed at. Empty values count as
 * absent: the Tea SDKs send {@code ImageName=} for a field set to "".
 */
public final class AliyunParams {
    /** Longest value accepted for any parameter; no field of these APIs comes near it. */
    public static final int MAX_VALUE_LENGTH = 4096;
    private final Map<String, String> values;
    /** Names given twice with different values; rare, so made only when one is seen. */
    private Set<String> conflicting = Set.of();
    private final ParamErrors errors;

    public AliyunParams(List<Param> params, ParamErrors errors) {
        this.errors = errors;
        this.values = HashMap.newHashMap(params.size());
        for (Param p : params) {
            String previous = values.putIfAbsent(p.name(), p.value());
            if (previous != null && !previous.equals(p.value())) {
                if (conflicting.isEmpty()) {
                    conflicting = new HashSet<>();
                }
                conflicting.add(p.name());
            }
        }
    }

    public ParamErrors errors() {
        return errors;
    }

    /** The value, or null when absent or empty. */
    public String optional(String name) {
        if (conflicting.contains(name)) {
            throw errors.invalid(name);
        }
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.length() > MAX_VALUE_LENGTH || hasControlCharacters(v)) {
            throw errors.invalid(name);
        }
        return v;
    }

    public String required(String name) {
        String v = optional(name);
        if (v == null) {
            throw errors.missing(name);
        }
        return v;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String v = optional(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw errors.invalid(name);
            }
            return n;
        } catch (NumberFormatException e) {
            throw errors.invalid(name);
        }
    }

    /** {@code true} or {@code false} in any case, or null when absent. */
    public Boolean bool(String name) {
        String v = optional(name);
        if (v == null) {
            return null;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw errors.invalid(name);
    }

    /**
     * The values of {@code Name.1}, {@code Name.2}, … in index order (1-based, as the SDKs flatten
     * lists). Indexes that are not positive numbers are refused by name.
     */
    public List<String> list(String prefix) {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        String dotted = prefix + ".";
        for (String name : values.keySet()) {
            if (!name.startsWith(dotted)) {
                continue;
            }
            String suffix = name.substring(dotted.length());
            int index;
            try {
                index = Integer.parseInt(suffix);
            } catch (NumberFormatException e) {
                continue; // e.g. Filter.1.Key belongs to another reader
            }
            if (index < 1) {
                throw errors.invalid(name);
            }
            String v = optional(name);
            if (v != null) {
                byIndex.put(index, v);
            }
        }
        return List.copyOf(byIndex.values());
    }

    /** {@code Name.N.Key} / {@code Name.N.Value} pairs in index order, e.g. {@code Filter.1.Key}. */
    public Map<String, String> keyValues(String prefix) {
        TreeMap<Integer, String[]> byIndex = new TreeMap<>();
        String dotted = prefix + ".";
        for (String name : values.keySet()) {
            if (!name.startsWith(dotted) || !(name.endsWith(".Key") || name.endsWith(".Value"))) {
                continue;
            }
            String middle = name.substring(dotted.length(), name.lastIndexOf('.'));
            try {
                int index = Integer.parseInt(middle);
                String[] pair = byIndex.computeIfAbsent(index, i -> new String[2]);
                pair[name.endsWith(".Key") ? 0 : 1] = optional(name);
            } catch (NumberFormatException e) {
                throw errors.invalid(name);
            }
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        byIndex.values().forEach(p -> {
            if (p[0] != null) {
                out.put(p[0], p[1]);
            }
        });
        return out;
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
