package io.imageshare.bench;

import io.imageshare.http.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP/1.1 request as the load generator sends it: headers with lower-case names in sending
 * order (Host among them), a Content-Length body, never chunked.
 */
public record WireRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

    /** The same request sent to another path (the no-op route, nginx): same bytes otherwise. */
    public WireRequest withPath(String value) {
        return new WireRequest(method, value, rawQuery, headers, body);
    }

    /** The request as the server's verifiers see it, for signing. */
    ApiRequest asApiRequest() {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new ApiRequest(method, path, rawQuery, multi, body, "");
    }

    WireRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WireRequest(method, path, rawQuery, more, body);
    }

    /** The bytes on the wire. */
    public byte[] encode() {
        StringBuilder head = new StringBuilder(512).append(method).append(' ').append(path);
        if (!rawQuery.isEmpty()) {
            head.append('?').append(rawQuery);
        }
        head.append(" HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("content-length: ").append(body.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[start.length + body.length];
        System.arraycopy(start, 0, out, 0, start.length);
        System.arraycopy(body, 0, out, start.length, body.length);
        return out;
    }
}
