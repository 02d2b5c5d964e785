package io.imageshare.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.PercentCodec;
import io.imageshare.http.Param;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request an official SDK signed (secret SECRETTEST for AKIDTEST), from captures.jsonl. */
record Capture(String label, Instant time, String method, String rawQuery, List<String[]> headers, byte[] body) {

    private static final List<Capture> ALL = load();

    static List<Capture> all() {
        return ALL;
    }

    static Capture labelled(String label) {
        return ALL.stream().filter(c -> c.label.equals(label)).findFirst().orElseThrow();
    }

    private static List<Capture> load() {
        ObjectMapper json = new ObjectMapper();
        List<Capture> out = new ArrayList<>();
        try (var in = Capture.class.getResourceAsStream("/captures.jsonl");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                List<String[]> headers = new ArrayList<>();
                o.get("headers").forEach(h -> headers.add(new String[] {h.get(0).asText(), h.get(1).asText()}));
                JsonNode b64 = o.get("body_b64");
                byte[] body = b64 != null && !b64.isNull()
                        ? Base64.getDecoder().decode(b64.asText())
                        : o.path("body").asText("").getBytes(StandardCharsets.UTF_8);
                out.add(new Capture(o.get("label").asText(), Instant.parse(o.get("time").asText()),
                        o.get("method").asText(), o.path("rawquery").asText(""), List.copyOf(headers), body));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    ApiRequest request() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] h : headers) {
            map.computeIfAbsent(h[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h[1]);
        }
        return new ApiRequest(method, "/", rawQuery, map, body, "127.0.0.1");
    }

    String header(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
    }

    String param(String name) {
        return request().param(name);
    }

    boolean isTencent() {
        return header("X-TC-Action") != null || param("SecretId") != null;
    }

    /** The time the SDK signed at: Tencent's own clock field, else the capture time. */
    Instant signedAt() {
        String tc = header("X-TC-Timestamp");
        if (tc == null && isTencent()) {
            tc = param("Timestamp");
        }
        return tc != null ? Instant.ofEpochSecond(Long.parseLong(tc)) : time;
    }

    /** Which scheme signed it, for tests that treat the schemes differently. */
    String scheme() {
        String auth = header("Authorization");
        if (auth != null) {
            return auth.substring(0, auth.indexOf(' '));
        }
        return isTencent() ? "TC-V1" : "RPC";
    }

    boolean hasNonce() {
        return !scheme().equals("TC3-HMAC-SHA256");
    }

    Capture withRawQuery(String q) {
        return new Capture(label, time, method, q, headers, body);
    }

    Capture withBody(byte[] b) {
        return new Capture(label, time, method, rawQuery, headers, b);
    }

    /** Replaces (or, with null, removes) every header of that name; adds it if absent. */
    Capture withHeader(String name, String value) {
        List<String[]> out = new ArrayList<>();
        boolean replaced = false;
        for (String[] h : headers) {
            if (!h[0].equalsIgnoreCase(name)) {
                out.add(h);
            } else if (value != null && !replaced) {
                out.add(new String[] {h[0], value});
                replaced = true;
            }
        }
        if (value != null && !replaced) {
            out.add(new String[] {name, value});
        }
        return new Capture(label, time, method, rawQuery, List.copyOf(out), body);
    }

    /** Sets one parameter wherever it travels (query or form body), re-encoded; null removes it. */
    Capture withParam(String name, String value) {
        if (PercentCodec.decodeForm(rawQuery).stream().anyMatch(p -> p.name().equals(name))) {
            return withRawQuery(replaceParam(rawQuery, name, value));
        }
        String form = new String(body, StandardCharsets.UTF_8);
        return withBody(replaceParam(form, name, value).getBytes(StandardCharsets.UTF_8));
    }

    private static String replaceParam(String raw, String name, String value) {
        StringBuilder sb = new StringBuilder();
        for (Param p : PercentCodec.decodeForm(raw)) {
            String v = p.name().equals(name) ? value : p.value();
            if (v == null) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(PercentCodec.encode(p.name())).append('=').append(PercentCodec.encode(v));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return label;
    }
}
