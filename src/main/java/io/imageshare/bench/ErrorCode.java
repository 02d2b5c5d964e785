package io.imageshare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vendor error code of an answer, or null for a success. Alibaba errors have an error status
 * and a {@code Code}; Tencent answers every error with 200 and {@code Response.Error.Code}, so a 200
 * body that opens as Tencent's do is searched for the marker first (cheaply: successes are the common
 * case; the search over every Alibaba answer was a twentieth of the load generator's CPU).
 */
final class ErrorCode {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] TENCENT_MARKER = "\"Error\":{".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TENCENT_OPENING = "{\"Response\":".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]*)</Code>");

    private ErrorCode() {
    }

    static String of(int status, byte[] body) {
        if (status == 200) {
            boolean tencentError = startsWith(body, TENCENT_OPENING) && contains(body, TENCENT_MARKER);
            return tencentError ? field(body, "/Response/Error/Code", status) : null;
        }
        return field(body, "/Code", status);
    }

    private static String field(byte[] body, String pointer, int status) {
        try {
            JsonNode code = JSON.readTree(body).at(pointer);
            if (code.isTextual()) {
                return code.asText();
            }
        } catch (IOException e) {
            Matcher xml = XML_CODE.matcher(new String(body, StandardCharsets.UTF_8));
            if (xml.find()) {
                return xml.group(1);
            }
        }
        return "HTTP " + status;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] body, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= body.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (body[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
