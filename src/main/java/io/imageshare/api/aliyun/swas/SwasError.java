package io.imageshare.api.aliyun.swas;

import io.imageshare.api.aliyun.AliyunCode;

/**
 * Simple Application Server's errors for the image actions. The vendor publishes CustomImageInShare,
 * CustomImageQuotaLimit and ImageNameAlreadyExist (api-reference C.5) and the common
 * IdempotentParameterMismatch (C.6); for the cases it is silent on, ImageShare answers with the
 * Alibaba codes decisions §3 names, with their ECS statuses and texts.
 */
enum SwasError implements AliyunCode {
    IMAGE_NOT_FOUND("InvalidImageId.NotFound", 404, "The specified ImageId does not exist."),
    ACCOUNT_NOT_FOUND("InvalidAccount.NotFound", 404, "The specified parameter \"Account.n\" does not exist."),
    ACCOUNT_IS_SELF("InvalidAccount.Forbbiden", 404, "The specified Account does not yourself."),
    SHARE_QUOTA("QuotaExceed.ShareImageUser", 403, "The shared Image user Quota exceeds."),
    IMAGE_IN_SHARE("CustomImageInShare", 400,
            "The custom image is being shared. Please disable sharing first and then delete it."),
    IMAGE_QUOTA("CustomImageQuotaLimit", 400, "The maximum number of custom image in this region is exceeded."),
    IMAGE_NAME_EXISTS("ImageNameAlreadyExist", 400, "The image name already exists."),
    TOKEN_MISMATCH("IdempotentParameterMismatch", 400, "The request is retried with updated parameters.");

    private final String code;
    private final int status;
    private final String message;

    SwasError(String code, int status, String message) {
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
