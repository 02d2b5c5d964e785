package io.imageshare.api.aliyun.swas;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.core.CoreException;

/** The SWAS answer to each refusal of the core. Another account's image is "not found" (decisions §3). */
final class SwasErrors {
    private SwasErrors() {
    }

    static AliyunException of(CoreException e) {
        return switch (e.error()) {
            case IMAGE_NOT_FOUND, IMAGE_NOT_OWNED -> AliyunException.of(SwasError.IMAGE_NOT_FOUND);
            case RECIPIENT_NOT_FOUND -> AliyunException.of(SwasError.ACCOUNT_NOT_FOUND);
            case RECIPIENT_IS_OWNER -> AliyunException.of(SwasError.ACCOUNT_IS_SELF);
            case SHARE_QUOTA_EXCEEDED -> AliyunException.of(SwasError.SHARE_QUOTA);
            case IMAGE_IN_SHARE -> AliyunException.of(SwasError.IMAGE_IN_SHARE);
            case IMAGE_NAME_DUPLICATED -> AliyunException.of(SwasError.IMAGE_NAME_EXISTS);
            case RECIPIENT_ALREADY_SHARED, RECIPIENT_IN_ADD_AND_REMOVE, IMAGE_IS_PUBLIC ->
                    throw new IllegalStateException("no SWAS action meets " + e.error(), e);
        };
    }
}
