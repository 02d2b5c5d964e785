package io.imageshare.bench;

import io.imageshare.auth.ClientSignatures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tencent TC3-HMAC-SHA256 as the SDK sends it by default: POST with a JSON body. TC3 has no nonce;
 * the server's replay defence is the clock window, so each request carries the current second.
 */
record Tc3Signer(String secretId, String secret) {
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final List<String> SIGNED = List.of("content-type", "host");
    WireRequest sign(String host, String version, String action, String region, byte[] json, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("content-type", CONTENT_TYPE);
        headers.put("x-tc-action", action);
        headers.put("x-tc-timestamp", Long.toString(now.getEpochSecond()));
        headers.put("x-tc-version", version);
        headers.put("x-tc-region", region);
        WireRequest unsigned = new WireRequest("POST", "/", "", headers, json);
        String date = now.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        // The SDK's service is the endpoint's first label ("127" for 127.0.0.1); the server takes it as given.
        String service = host.split("[.:]", 2)[0];
        String signature = ClientSignatures.tc3(unsigned.asApiRequest(), SIGNED, secret, date, service);
        return unsigned.withHeader("authorization", "TC3-HMAC-SHA256 Credential=" + secretId + "/" + date + "/"
                + service + "/tc3_request, SignedHeaders=" + String.join(";", SIGNED) + ", Signature=" + signature);
    }
}
