package io.imageshare.auth;

import io.imageshare.http.Param;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Tencent Cloud API v1 (HmacSHA1 / HmacSHA256) string to sign and signature, wire.md §3.6 and §4.4. */
final class TencentV1Signature {
    private TencentV1Signature() {
    }

    /**
     * Decoded values, unencoded; sorted by the names as sent, and only then is {@code _} written as
     * {@code .} (the SDK sorts its TreeMap first and replaces while printing).
     */
    static String stringToSign(String method, String host, String path, List<Param> params) {
        List<Param> signed = new ArrayList<>(params.size());
        for (Param p : params) {
            if (!p.name().equals("Signature")) {
                signed.add(p);
            }
        }
        signed.sort(AliyunRpcSignature.BY_NAME_THEN_VALUE);
        StringBuilder sb = new StringBuilder(256).append(method).append(host).append(path).append('?');
        for (int i = 0; i < signed.size(); i++) {
            if (i > 0) {
                sb.append('&');
            }
            sb.append(signed.get(i).name().replace('_', '.')).append('=').append(signed.get(i).value());
        }
        return sb.toString();
    }

    /** HmacSHA256 when asked for; anything else, or nothing, is HmacSHA1 as Tencent documents. */
    static String sign(String secret, String signatureMethod, String stringToSign) {
        String algorithm = "HmacSHA256".equals(signatureMethod) ? "HmacSHA256" : "HmacSHA1";
        return Base64.getEncoder().encodeToString(Crypto.hmac(algorithm, Crypto.utf8(secret), stringToSign));
    }
}
