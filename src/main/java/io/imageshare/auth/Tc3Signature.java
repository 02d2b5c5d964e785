package io.imageshare.auth;

import io.imageshare.http.ApiRequest;
import java.util.List;

/** Tencent TC3-HMAC-SHA256 canonical request and signature, wire.md §3.6 and §4.3. */
final class Tc3Signature {
    static final String ALGORITHM = "TC3-HMAC-SHA256";
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private Tc3Signature() {
    }

    /**
     * GET signs the query exactly as sent (the SDK's HashMap order, its own encoding), so it is
     * never rebuilt from decoded parameters; POST signs none.
     */
    static String canonicalRequest(ApiRequest request, List<String> signedHeaders, String signedHeaderList) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(request.method()).append("\n/\n");
        if (request.method().equals("GET")) {
            sb.append(request.rawQuery());
        }
        sb.append('\n');
        for (String name : signedHeaders) {
            sb.append(name).append(':').append(request.header(name).strip()).append('\n');
        }
        return sb.append('\n').append(signedHeaderList).append('\n').append(payloadHash(request)).toString();
    }

    private static String payloadHash(ApiRequest request) {
        String declared = request.header("x-tc-content-sha256");
        return UNSIGNED_PAYLOAD.equals(declared == null ? null : declared.strip())
                ? Crypto.sha256Hex(UNSIGNED_PAYLOAD)
                : Crypto.sha256Hex(request.body());
    }

    static String stringToSign(String timestamp, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + Crypto.sha256Hex(canonicalRequest);
    }

    static String sign(String secret, String date, String service, String stringToSign) {
        byte[] dateKey = Crypto.hmac("HmacSHA256", Crypto.utf8("TC3" + secret), date);
        byte[] serviceKey = Crypto.hmac("HmacSHA256", dateKey, service);
        byte[] signingKey = Crypto.hmac("HmacSHA256", serviceKey, "tc3_request");
        return Crypto.hex(Crypto.hmac("HmacSHA256", signingKey, stringToSign));
    }
}
