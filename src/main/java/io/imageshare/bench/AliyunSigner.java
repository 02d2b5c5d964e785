package io.imageshare.bench;

import io.imageshare.http.Param;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Signs an Alibaba RPC-style call (ECS, ENS, SWAS) with one of the two schemes the SDKs use. */
interface AliyunSigner {
    DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /**
     * @param host     the Host header ({@code 127.0.0.1:8080})
     * @param business the action's own parameters, in sending order
     * @param nonce    fresh for every request: the server refuses a nonce it has seen
     */
    WireRequest sign(String host, String version, String action, List<Param> business, Instant now, String nonce);

    static AliyunSigner of(String scheme, String keyId, String secret) {
        return switch (scheme) {
            case "rpc" -> new RpcV1Signer(keyId, secret);
            case "acs3" -> new Acs3Signer(keyId, secret);
            default -> throw new IllegalArgumentException("unknown Alibaba signature '" + scheme + "' (rpc or acs3)");
        };
    }
}
