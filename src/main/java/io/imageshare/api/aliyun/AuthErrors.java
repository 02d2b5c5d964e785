package io.imageshare.api.aliyun;

import io.imageshare.auth.AuthException;

/** Maps a neutral authentication failure to the Alibaba gateway's error. */
final class AuthErrors {
    private AuthErrors() {
    }

    static AliyunException of(AuthException e) {
        return switch (e.failure()) {
            case INCOMPLETE_SIGNATURE, MALFORMED_AUTHORIZATION -> AliyunException.of(AliyunCommonError.INCOMPLETE_SIGNATURE);
            case UNSUPPORTED_SIGNATURE_METHOD -> AliyunException.of(AliyunCommonError.INVALID_SIGNATURE_METHOD);
            case KEY_NOT_FOUND -> AliyunException.of(AliyunCommonError.ACCESS_KEY_NOT_FOUND);
            case KEY_DISABLED -> AliyunException.of(AliyunCommonError.ACCESS_KEY_INACTIVE);
            case SIGNATURE_MISMATCH, CONTENT_HASH_MISMATCH ->
                    AliyunException.of(AliyunCommonError.SIGNATURE_MISMATCH, e.detail() == null ? "" : e.detail());
            case TIMESTAMP_MISSING -> AliyunException.of(AliyunCommonError.TIMESTAMP_MISSING);
            case TIMESTAMP_MALFORMED -> AliyunException.of(AliyunCommonError.TIMESTAMP_FORMAT);
            case TIMESTAMP_EXPIRED -> AliyunException.of(AliyunCommonError.TIMESTAMP_EXPIRED);
            case NONCE_MISSING -> AliyunException.of(AliyunCommonError.MISSING_PARAMETER, "SignatureNonce");
            case NONCE_REUSED -> AliyunException.of(AliyunCommonError.NONCE_USED);
            case REPLAY_CAPACITY_EXHAUSTED -> AliyunException.of(AliyunCommonError.SERVICE_UNAVAILABLE);
        };
    }
}
