package io.imageshare.api.aliyun;

import io.imageshare.http.ApiRequest;
import java.util.Locale;

/** JSON or XML: the Format parameter wins, then the Accept header, else XML (decisions §4). */
public enum AliyunFormat {
    JSON("application/json;charset=utf-8"),
    XML("text/xml;charset=utf-8");

    private final String contentType;

    AliyunFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** From the Accept header alone: for errors raised before the Format parameter is known. */
    public static AliyunFormat fromAccept(ApiRequest request) {
        String accept = request.header("accept");
        if (accept != null) {
            String a = accept.toLowerCase(Locale.ROOT);
            if (a.contains("json")) {
                return JSON;
            }
        }
        return XML;
    }

    /**
     * For a request whose parameters cannot be decoded (a broken escape, a NUL): a literal
     * {@code Format=JSON} or {@code Format=XML} in the raw query or form body still chooses the
     * error's format, as it would have for a readable request; else the Accept header.
     */
    public static AliyunFormat ofUndecodable(ApiRequest request) {
        String body = request.hasFormBody() ? request.bodyText() : "";
        for (String raw : new String[] {request.rawQuery(), body}) {
            for (String pair : raw.split("&")) {
                if (pair.startsWith("Format=")) {
                    String value = pair.substring("Format=".length()).toUpperCase(Locale.ROOT);
                    return value.equals("JSON") ? JSON : value.equals("XML") ? XML : fromAccept(request);
                }
            }
        }
        return fromAccept(request);
    }

    /**
     * @throws AliyunException InvalidParameter.Format when Format is neither JSON nor XML
     */
    public static AliyunFormat of(ApiRequest request, String formatParam) {
        if (formatParam == null || formatParam.isEmpty()) {
            return fromAccept(request);
        }
        return switch (formatParam.toUpperCase(Locale.ROOT)) {
            case "JSON" -> JSON;
            case "XML" -> XML;
            default -> throw AliyunException.of(AliyunCommonError.INVALID_PARAMETER_FORMAT);
        };
    }
}
