package io.imageshare.api.aliyun;

/** An Alibaba error to answer with; the dialect renders it, no handler builds an error body. */
public final class AliyunException extends RuntimeException {
    private final AliyunCode code;
    private final AccessDeniedDetail detail;

    private AliyunException(AliyunCode code, String message, AccessDeniedDetail detail) {
        super(message, null, false, false);
        this.code = code;
        this.detail = detail;
    }

    /** The code with its message template filled in with {@code args}. */
    public static AliyunException of(AliyunCode code, Object... args) {
        return new AliyunException(code, args.length == 0 ? code.message() : String.format(code.message(), args), null);
    }

    /** The code with a message of its own. */
    public static AliyunException withMessage(AliyunCode code, String message) {
        return new AliyunException(code, message, null);
    }

    /** A RAM denial: the code's message, and the gateway's description of what was refused. */
    public static AliyunException denied(AliyunCode code, AccessDeniedDetail detail) {
        return new AliyunException(code, code.message(), detail);
    }

    public AliyunCode code() {
        return code;
    }

    /** Null but for RAM denials. */
    public AccessDeniedDetail detail() {
        return detail;
    }
}
