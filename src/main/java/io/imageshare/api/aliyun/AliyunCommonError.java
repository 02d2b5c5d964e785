package io.imageshare.api.aliyun;

/**
 * The errors every Alibaba product shares (api-reference E.1). Statuses follow decisions §4 where
 * the vendor's sources disagree.
 */
public enum AliyunCommonError implements AliyunCode {
    MISSING_PARAMETER("MissingParameter", 400,
            "The input parameter \"%s\" that is mandatory for processing this request is not supplied."),
    INVALID_PARAMETER("InvalidParameter", 400, "The specified parameter \"%s\" is not valid."),
    INVALID_PARAMETER_FORMAT("InvalidParameter.Format", 400, "Specified parameter format is not valid."),
    INVALID_ACTION("InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method."),
    INVALID_VERSION("InvalidVersion", 400, "Specified parameter Version is not valid."),
    INVALID_REGION("InvalidRegionId.NotFound", 404, "The specified RegionId does not exist."),
    ACCESS_KEY_NOT_FOUND("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found."),
    ACCESS_KEY_INACTIVE("InvalidAccessKeyId.Inactive", 400, "Specified access key is disabled."),
    SIGNATURE_MISMATCH("SignatureDoesNotMatch", 400,
            "Specified signature is not matched with our calculation. server string to sign is:%s"),
    INCOMPLETE_SIGNATURE("IncompleteSignature", 400, "The request signature does not conform to Aliyun standards."),
    INVALID_SIGNATURE_METHOD("InvalidSignatureMethod", 400, "Specified signature method is not valid."),
    TIMESTAMP_MISSING("IllegalTimestamp", 400,
            "The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied."),
    TIMESTAMP_FORMAT("InvalidTimeStamp.Format", 400, "Specified time stamp or date value is not well formatted."),
    TIMESTAMP_EXPIRED("InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired."),
    NONCE_USED("SignatureNonceUsed", 400, "Specified signature nonce was used already."),
    THROTTLING_USER("Throttling.User", 400, "Request was denied due to user flow control."),
    UNSUPPORTED_HTTP_METHOD("UnsupportedHTTPMethod", 403, "This HTTP method is not supported."),
    /** A RAM denial as ECS returns it since 2025-12 (HTTP 403, with AccessDeniedDetail). */
    FORBIDDEN_RAM("Forbidden.RAM", 403,
            "User not authorized to operate on the specified resource, or this API doesn't support RAM."),
    INTERNAL_ERROR("InternalError", 500,
            "The request processing has failed due to some unknown error, exception or failure."),
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503,
            "The request has failed due to a temporary failure of the server.");

    private final String code;
    private final int status;
    private final String message;

    AliyunCommonError(String code, int status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String message() {
        return message;
    }
}
