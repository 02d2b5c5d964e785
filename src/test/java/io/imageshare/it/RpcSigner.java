package io.imageshare.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An Alibaba RPC v1 (HMAC-SHA1) request written from the vendor's recipe (api-reference E.1,
 * wire.md §4.1), independent of the server's own verifier. Common parameters are filled in and can
 * be overridden or removed before signing.
 */
public final class RpcSigner {
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private final Map<String, String> params = new LinkedHashMap<>();
    private String secret;

    private RpcSigner(String action, String keyId, String secret) {
        this.secret = secret;
        params.put("Action", action);
        params.put("Version", "2014-05-26");
        params.put("AccessKeyId", keyId);
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureVersion", "1.0");
        params.put("SignatureNonce", UUID.randomUUID().toString().replace("-", ""));
        params.put("Timestamp", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    static RpcSigner ecs(String action, String keyId, String secret) {
        return new RpcSigner(action, keyId, secret);
    }

    static RpcSigner owner(String action) {
        return ecs(action, TestServer.OWNER_KEY, TestServer.OWNER_SECRET);
    }

    RpcSigner param(String name, String value) {
        params.put(name, value);
        return this;
    }

    RpcSigner without(String name) {
        params.remove(name);
        return this;
    }

    RpcSigner secret(String value) {
        this.secret = value;
        return this;
    }

    /** The parameters with a Signature for {@code method}, in insertion order. */
    Map<String, String> signed(String method) {
        Map<String, String> out = new LinkedHashMap<>(params);
        out.put("Signature", signature(method, params, secret));
        return out;
    }

    /** The signed parameters as an encoded query string or form body. */
    String encoded(String method) {
        return encode(signed(method));
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream().map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String signature(String method, Map<String, String> params, String secret) {
        return signature(method, List.copyOf(params.entrySet()), secret);
    }

    /** RPC v1 HMAC-SHA1 over parameters that may repeat a name: sorted by name, then value. */
    public static String signature(String method, List<Map.Entry<String, String>> params, String secret) {
        String canonical = params.stream()
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonical);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3986: unreserved characters stay, every other UTF-8 byte becomes upper-case %XX. */
    public static String percentEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
