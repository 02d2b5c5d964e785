package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AliyunCode;

/**
 * ENS's own errors (api-reference B.1–B.2, seed 003), all HTTP 400 as ENS documents them; the field
 * errors {@code InvalidParameter.<Field>} are {@link EnsInvalidField}.
 */
enum EnsError implements AliyunCode {
    /** The vendor's text names no parameter (seed 003); ImageShare keeps it word for word. */
    MISSING_PARAMETER("MissingParameter", 400,
            "The input parameter that is mandatory for processing this request is not supplied."),
    /** ENS has no "not found": an image that is not the caller's, existing or not, is this. */
    NO_PERMISSION("NoPermission", 400, "Permission denied."),
    INVALID_PARAMETER("InvalidParameter", 400, "The errorMessage is %s. Please check it again.");

    private final String code;
    private final int status;
    private final String message;

    EnsError(String code, int status, String message) {
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
