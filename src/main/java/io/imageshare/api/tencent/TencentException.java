package io.imageshare.api.tencent;

import java.util.Arrays;

/**
 * A Tencent error to answer with. The message is rendered in the request's language only when the
 * dialect writes the answer, so no handler ever needs to know the language or build an error body.
 */
public final class TencentException extends RuntimeException {
    private final TencentCode code;
    private final Object[] args;

    private TencentException(TencentCode code, Object[] args) {
        super(code.code() + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
        this.code = code;
        this.args = args.clone();
    }

    /** The code with its message templates filled in with {@code args}. */
    public static TencentException of(TencentCode code, Object... args) {
        return new TencentException(code, args);
    }

    public TencentCode code() {
        return code;
    }

    public String message(TencentLanguage language) {
        String template = code.message(language);
        return args.length == 0 ? template : String.format(template, args);
    }
}
