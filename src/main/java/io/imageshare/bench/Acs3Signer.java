package io.imageshare.bench;

import io.imageshare.auth.ClientSignatures;
import io.imageshare.http.Param;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ACS3-HMAC-SHA256 as tea-openapi sends it: business parameters in the query, an empty body. */
record Acs3Signer(String keyId, String secret) implements AliyunSigner {
    private static final String EMPTY_SHA256 = ClientSignatures.sha256Hex(new byte[0]);
    /** Sorted, as SignedHeaders must be; every one is sent. */
    private static final List<String> SIGNED = List.of("host", "x-acs-action", "x-acs-content-sha256", "x-acs-date",
            "x-acs-signature-nonce", "x-acs-version");
    @Override
    public WireRequest sign(String host, String version, String action, List<Param> business, Instant now,
                            String nonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        headers.put("x-acs-date", TIMESTAMP.format(now));
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-content-sha256", EMPTY_SHA256);
        headers.put("accept", "application/json");
        WireRequest unsigned = new WireRequest("POST", "/", RpcV1Signer.query(business), headers, new byte[0]);
        String signature = ClientSignatures.acs3(unsigned.asApiRequest(), SIGNED, secret);
        return unsigned.withHeader("authorization", "ACS3-HMAC-SHA256 Credential=" + keyId + ",SignedHeaders="
                + String.join(";", SIGNED) + ",Signature=" + signature);
    }
}
