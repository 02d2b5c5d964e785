package io.imageshare.bench;

import io.imageshare.auth.ClientSignatures;
import io.imageshare.http.Param;
import io.imageshare.http.PercentCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Alibaba RPC v1 (HMAC-SHA1) as the Tea SDKs send it with {@code signatureAlgorithm v2}: all in the query. */
record RpcV1Signer(String keyId, String secret) implements AliyunSigner {
    @Override
    public WireRequest sign(String host, String version, String action, List<Param> business, Instant now,
                            String nonce) {
        List<Param> params = new ArrayList<>(business.size() + 10);
        params.addAll(business);
        params.add(new Param("Action", action));
        params.add(new Param("Version", version));
        params.add(new Param("Format", "JSON"));
        params.add(new Param("AccessKeyId", keyId));
        params.add(new Param("SignatureMethod", "HMAC-SHA1"));
        params.add(new Param("SignatureVersion", "1.0"));
        params.add(new Param("SignatureNonce", nonce));
        params.add(new Param("Timestamp", TIMESTAMP.format(now)));
        params.add(new Param("Signature", ClientSignatures.rpcV1("POST", params, secret)));
        return new WireRequest("POST", "/", query(params), Map.of("host", host), new byte[0]);
    }

    static String query(List<Param> params) {
        StringBuilder sb = new StringBuilder(512);
        for (Param p : params) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(PercentCodec.encode(p.name())).append('=').append(PercentCodec.encode(p.value()));
        }
        return sb.toString();
    }
}
