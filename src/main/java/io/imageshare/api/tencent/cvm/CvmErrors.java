package io.imageshare.api.tencent.cvm;

import io.imageshare.api.tencent.Echo;
import io.imageshare.api.tencent.TencentException;
import io.imageshare.core.CoreException;

/**
 * The CVM answer to each refusal of the core. Another account's image in the caller's region is
 * {@code UnauthorizedOperation.ImageNotBelongToAccount}, as Tencent documents (decisions §3).
 */
final class CvmErrors {
    private final int shareLimit;

    CvmErrors(int shareLimit) {
        this.shareLimit = shareLimit;
    }

    TencentException of(CoreException e) {
        String subject = Echo.value(e.subject());
        return switch (e.error()) {
            case IMAGE_NOT_FOUND -> TencentException.of(CvmError.IMAGE_NOT_FOUND, subject);
            case IMAGE_NOT_OWNED -> TencentException.of(CvmError.IMAGE_NOT_BELONG_TO_ACCOUNT, subject);
            case RECIPIENT_NOT_FOUND -> TencentException.of(CvmError.ACCOUNT_NOT_FOUND, subject);
            case RECIPIENT_IS_OWNER -> TencentException.of(CvmError.ACCOUNT_IS_YOURSELF);
            case RECIPIENT_ALREADY_SHARED -> TencentException.of(CvmError.ACCOUNT_ALREADY_EXISTS, subject);
            case SHARE_QUOTA_EXCEEDED -> TencentException.of(CvmError.OVER_QUOTA, shareLimit);
            case IMAGE_IN_SHARE -> TencentException.of(CvmError.IMAGE_IN_SHARED, subject);
            case IMAGE_IS_PUBLIC -> TencentException.of(CvmError.IMAGE_OPERATION_NOT_ALLOWED, subject);
            case IMAGE_NAME_DUPLICATED -> TencentException.of(CvmError.IMAGE_NAME_DUPLICATE);
            case RECIPIENT_IN_ADD_AND_REMOVE -> throw new IllegalStateException("CVM changes add or remove, never both", e);
        };
    }
}
