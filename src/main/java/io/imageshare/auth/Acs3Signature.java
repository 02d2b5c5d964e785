package io.imageshare.auth;

import io.imageshare.http.ApiRequest;
import io.imageshare.http.Param;
import io.imageshare.http.PercentCodec;
import java.util.ArrayList;
import java.util.List;

/** Alibaba ACS3-HMAC-SHA256 canonical request and signature, wire.md §3.1 and §4.2. */
final class Acs3Signature {
    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private Acs3Signature() {
    }

    /**
     * @param signedHeaders names as listed in SignedHeaders, lower case, every one present
     * @param payloadHash   the x-acs-content-sha256 value as sent (already checked against the body)
     */
    static String canonicalRequest(ApiRequest request, List<String> signedHeaders, String signedHeaderList,
                                   String payloadHash) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(request.method()).append("\n/\n");
        List<Param> query = new ArrayList<>(request.queryParams());
        query.sort(AliyunRpcSignature.BY_NAME_THEN_VALUE);
        for (int i = 0; i < query.size(); i++) {
            if (i > 0) {
                sb.append('&');
            }
            sb.append(PercentCodec.encode(query.get(i).name())).append('=')
                    .append(PercentCodec.encode(query.get(i).value()));
        }
        sb.append('\n');
        for (String name : signedHeaders) {
            sb.append(name).append(':').append(request.header(name).strip()).append('\n');
        }
        return sb.append('\n').append(signedHeaderList).append('\n').append(payloadHash).toString();
    }

    static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Crypto.sha256Hex(canonicalRequest);
    }

    static String sign(String secret, String stringToSign) {
        return Crypto.hex(Crypto.hmac("HmacSHA256", Crypto.utf8(secret), stringToSign));
    }
}
