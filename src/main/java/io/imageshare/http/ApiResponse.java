package io.imageshare.http;

import java.util.Map;

/** What a dialect answers: status, content type and the rendered bytes. */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    public ApiResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }
}
