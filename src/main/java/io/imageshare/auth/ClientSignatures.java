package io.imageshare.auth;

import io.imageshare.http.ApiRequest;
import io.imageshare.http.Param;
import java.util.List;

/**
 * The verifiers' own recipes, for a client that signs (the load generator): what it signs is
 * canonicalised by exactly the code that checks it. The recipes themselves are proven by the SDK
 * captures (CaptureVerificationTest), so a request signed here is one an SDK could have sent.
 */
public final class ClientSignatures {
    private ClientSignatures() {
    }

    /** Alibaba RPC v1: base64 HMAC-SHA1 over every parameter but Signature. */
    public static String rpcV1(String method, List<Param> params, String secret) {
        return AliyunRpcSignature.sign(secret, AliyunRpcSignature.stringToSign(method, params, true));
    }

    /**
     * ACS3-HMAC-SHA256 of a request whose headers (lower-case names) are all in place but
     * Authorization; the payload hash is its {@code x-acs-content-sha256} header.
     */
    public static String acs3(ApiRequest request, List<String> signedHeaders, String secret) {
        String canonical = Acs3Signature.canonicalRequest(request, signedHeaders, String.join(";", signedHeaders),
                request.header("x-acs-content-sha256"));
        return Acs3Signature.sign(secret, Acs3Signature.stringToSign(canonical));
    }

    /**
     * TC3-HMAC-SHA256 of a request whose headers are in place but Authorization; the time is its
     * {@code x-tc-timestamp} header, {@code date} that time's UTC date.
     */
    public static String tc3(ApiRequest request, List<String> signedHeaders, String secret, String date,
                             String service) {
        String stringToSign = Tc3Signature.stringToSign(request.header("x-tc-timestamp"),
                date + "/" + service + "/tc3_request",
                Tc3Signature.canonicalRequest(request, signedHeaders, String.join(";", signedHeaders)));
        return Tc3Signature.sign(secret, date, service, stringToSign);
    }

    public static String sha256Hex(byte[] data) {
        return Crypto.sha256Hex(data);
    }
}
