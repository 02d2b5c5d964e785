package io.imageshare.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.http.ApiRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request an official SDK signed (key AKIDTEST, secret SECRETTEST), from the captures the auth
 * tests replay (src/test/resources/captures.jsonl, copied beside the benchmarks by the build).
 */
public record CapturedRequest(String method, String rawQuery, Map<String, List<String>> headers, byte[] body,
                              Instant signedAt) {

    public static CapturedRequest labelled(String label) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = CapturedRequest.class.getResourceAsStream("/captures.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("captures.jsonl is not on the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && json.readTree(line).path("label").asText().equals(label)) {
                    return of(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no capture labelled " + label);
    }

    private static CapturedRequest of(JsonNode o) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        o.get("headers").forEach(h -> headers.computeIfAbsent(h.get(0).asText().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>()).add(h.get(1).asText()));
        List<String> tencentTime = headers.get("x-tc-timestamp");
        Instant signedAt = tencentTime != null ? Instant.ofEpochSecond(Long.parseLong(tencentTime.get(0)))
                : Instant.parse(o.get("time").asText());
        return new CapturedRequest(o.get("method").asText(), o.path("rawquery").asText(""), headers,
                o.path("body").asText("").getBytes(StandardCharsets.UTF_8), signedAt);
    }

    /** A new request each time: an {@link ApiRequest} keeps what it decoded. */
    public ApiRequest request() {
        return new ApiRequest(method, "/", rawQuery, headers, body, "127.0.0.1");
    }
}
