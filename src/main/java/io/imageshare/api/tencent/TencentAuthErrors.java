package io.imageshare.api.tencent;

import io.imageshare.auth.AuthException;
import io.imageshare.http.ApiRequest;

/** Maps a neutral authentication failure to the Tencent Cloud API's common error (api-reference E.2). */
final class TencentAuthErrors {
    private TencentAuthErrors() {
    }

    /** @param tc3 whether the request is signed with TC3 (common parameters in X-TC-* headers) or v1 */
    static TencentException of(AuthException e, ApiRequest request, boolean tc3) {
        return switch (e.failure()) {
            case INCOMPLETE_SIGNATURE, MALFORMED_AUTHORIZATION, UNSUPPORTED_SIGNATURE_METHOD ->
                    tc3 ? TencentException.of(TencentCommonError.INVALID_AUTHORIZATION)
                            : TencentException.of(TencentCommonError.MISSING_PARAMETER, missingV1Credential(request));
            case KEY_NOT_FOUND, KEY_DISABLED -> TencentException.of(TencentCommonError.SECRET_ID_NOT_FOUND);
            case SIGNATURE_MISMATCH, CONTENT_HASH_MISMATCH -> TencentException.of(TencentCommonError.SIGNATURE_FAILURE);
            case TIMESTAMP_MISSING ->
                    TencentException.of(TencentCommonError.MISSING_PARAMETER, tc3 ? "X-TC-Timestamp" : "Timestamp");
            case TIMESTAMP_MALFORMED ->
                    TencentException.of(TencentCommonError.INVALID_PARAMETER, tc3 ? "X-TC-Timestamp" : "Timestamp");
            case TIMESTAMP_EXPIRED -> TencentException.of(TencentCommonError.SIGNATURE_EXPIRE);
            case NONCE_MISSING -> TencentException.of(TencentCommonError.MISSING_PARAMETER, "Nonce");
            case NONCE_REUSED -> TencentException.of(TencentCommonError.NONCE_REUSED);
            case REPLAY_CAPACITY_EXHAUSTED -> TencentException.of(TencentCommonError.SERVICE_UNAVAILABLE);
        };
    }

    private static String missingV1Credential(ApiRequest request) {
        String signature = request.param("Signature");
        return signature == null || signature.isEmpty() ? "Signature" : "SecretId";
    }
}
