package io.imageshare.api.tencent;

/**
 * The errors every Tencent Cloud API shares (api-reference E.2), each with its English and Chinese
 * message. Several constants may carry one code with different messages; the code is the contract.
 */
public enum TencentCommonError implements TencentCode {
    INVALID_AUTHORIZATION("AuthFailure.InvalidAuthorization",
            "The Authorization of the request does not conform to the TencentCloud API standard.",
            "请求头部的 Authorization 不符合腾讯云标准。"),
    SECRET_ID_NOT_FOUND("AuthFailure.SecretIdNotFound",
            "The SecretId does not exist or is disabled. Check that it is entered correctly, without spaces "
                    + "before or after it.",
            "密钥不存在或已被禁用。请检查密钥是否填写正确，注意前后不得有空格。"),
    SIGNATURE_EXPIRE("AuthFailure.SignatureExpire",
            "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure "
                    + "your current local time matches the standard time.",
            "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。"),
    SIGNATURE_FAILURE("AuthFailure.SignatureFailure",
            "The provided credentials could not be validated. Please check your signature is correct.",
            "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。"),
    NONCE_REUSED("AuthFailure.SignatureFailure",
            "The Nonce was already used with this SecretId within the last five minutes. Sign every request "
                    + "with a new Nonce.",
            "该 SecretId 在五分钟内已使用过此 Nonce，请为每个请求使用新的 Nonce。"),
    TOKEN_FAILURE("AuthFailure.TokenFailure",
            "Token error. ImageShare issues no temporary credentials, so a request carries no Token.",
            "token 错误。ImageShare 不签发临时凭证，请求不应携带 Token。"),
    DRY_RUN("DryRunOperation",
            "DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.",
            "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。"),
    INTERNAL_ERROR("InternalError", "Internal error.", "内部错误。"),
    INVALID_ACTION("InvalidAction", "The API does not exist.", "接口不存在。"),
    INVALID_PARAMETER("InvalidParameter", "The parameter `%s` is incorrect.", "参数`%s`错误。"),
    WRONG_TYPE("InvalidParameter", "The parameter `%s` has the wrong type.", "参数`%s`的类型错误。"),
    MALFORMED_REQUEST("InvalidParameter", "The request cannot be read: %s.", "无法解析请求：%s。"),
    BODY_NOT_JSON_OBJECT("InvalidParameter", "The request body is not a JSON object.", "请求体不是 JSON 对象。"),
    TC3_POST_NEEDS_JSON("InvalidParameter",
            "A TC3-HMAC-SHA256 POST request carries its parameters in a JSON body (Content-Type: "
                    + "application/json) and has no query string.",
            "使用 TC3-HMAC-SHA256 的 POST 请求须以 JSON 请求体（Content-Type: application/json）携带参数，且不带查询字符串。"),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", "The value of parameter `%s` is invalid.", "参数`%s`的取值错误。"),
    MISSING_PARAMETER("MissingParameter", "The request is missing the required parameter `%s`.", "缺少必选参数`%s`。"),
    NO_SUCH_VERSION("NoSuchVersion", "The API version does not exist.", "接口版本不存在。"),
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded",
            "The number of requests exceeds the frequency limit of this API (%s per second per account).",
            "请求的次数超过了该接口的频率限制（每个账号每秒 %s 次）。"),
    REQUEST_SIZE_LIMIT_EXCEEDED("RequestSizeLimitExceeded",
            "The request size exceeds the upper limit (%s bytes).", "请求包超过限制大小（%s 字节）。"),
    SERVICE_UNAVAILABLE("ServiceUnavailable", "Service is unavailable now. Please try again later.",
            "当前服务暂时不可用，请稍后重试。"),
    /** CAM's denial; the bracketed part is CAM's own text, as real responses carry it. */
    UNAUTHORIZED_OPERATION("AuthFailure.UnauthorizedOperation",
            "You are not authorized to perform this operation. Check your CAM policies, and ensure that you are "
                    + "using the correct access keys. [[request id:%s]you are not authorized to perform operation (%s)"
                    + "\nresource (%s) has no permission\n]",
            "操作未授权，请检查CAM策略。[[request id:%s]you are not authorized to perform operation (%s)"
                    + "\nresource (%s) has no permission\n]"),
    UNKNOWN_PARAMETER("UnknownParameter", "The parameter `%s` is not defined for this API.", "未定义的参数`%s`。"),
    UNSUPPORTED_PROTOCOL("UnsupportedProtocol",
            "HTTP(S) request protocol error; only GET and POST requests are supported.",
            "HTTP(S)请求协议错误，只支持 GET 和 POST 请求。"),
    UNSUPPORTED_REGION("UnsupportedRegion", "The API does not support the requested region.", "接口不支持所传地域。");

    private final String code;
    private final String english;
    private final String chinese;

    TencentCommonError(String code, String english, String chinese) {
        this.code = code;
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
