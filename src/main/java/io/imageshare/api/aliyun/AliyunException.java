package io.imageshare.api.aliyun;

/** An Alibaba error to answer with; the dialect renders it, no handler builds an error body. */
public final class AliyunException extends RuntimeException {
    private final AliyunCode code;

    private AliyunException(AliyunCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The code with its message template filled in with {@code args}. */
    public static AliyunException of(AliyunCode code, Object... args) {
        return new AliyunException(code, args.length == 0 ? code.message() : String.format(code.message(), args));
    }

    /** The code with a message of its own. */
    public static AliyunException withMessage(AliyunCode code, String message) {
        return new AliyunException(code, message);
    }

    public AliyunCode code() {
        return code;
    }
}
