package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.core.CoreException;

/**
 * The ENS answer to each refusal of the core. ENS documents no "not found": an image of another
 * account, or none, is {@code NoPermission} alike, so existence does not leak (decisions §3). A
 * recipient that cannot be one is {@code InvalidParameter.AddAccounts} (decisions §3).
 */
final class EnsErrors {
    private final int shareLimit;

    EnsErrors(int shareLimit) {
        this.shareLimit = shareLimit;
    }

    AliyunException of(CoreException e) {
        return switch (e.error()) {
            case IMAGE_NOT_FOUND, IMAGE_NOT_OWNED -> AliyunException.of(EnsError.NO_PERMISSION);
            case RECIPIENT_NOT_FOUND, RECIPIENT_IS_OWNER -> EnsParamErrors.INSTANCE.invalid("AddAccounts");
            case RECIPIENT_IN_ADD_AND_REMOVE -> AliyunException.of(EnsError.INVALID_PARAMETER,
                    "account " + e.subject() + " is in both AddAccounts and RemoveAccounts");
            case SHARE_QUOTA_EXCEEDED -> quotaExceeded();
            case IMAGE_NAME_DUPLICATED -> EnsParamErrors.INSTANCE.invalid("ImageName");
            case RECIPIENT_ALREADY_SHARED, IMAGE_IN_SHARE, IMAGE_IS_PUBLIC ->
                    throw new IllegalStateException("no ENS action meets " + e.error(), e);
        };
    }

    /** ENS documents no quota code: the generic InvalidParameter says which limit was hit. */
    AliyunException quotaExceeded() {
        return AliyunException.of(EnsError.INVALID_PARAMETER,
                "an image can be shared with at most " + shareLimit + " accounts");
    }
}
