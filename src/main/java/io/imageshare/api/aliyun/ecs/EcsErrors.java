package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.core.CoreException;

/** The ECS answer to each refusal of the core. Another account's image is "not found" (decisions §3). */
final class EcsErrors {
    private EcsErrors() {
    }

    static AliyunException of(CoreException e) {
        return switch (e.error()) {
            case IMAGE_NOT_FOUND, IMAGE_NOT_OWNED -> AliyunException.of(EcsError.IMAGE_NOT_FOUND);
            case RECIPIENT_NOT_FOUND -> AliyunException.of(EcsError.ACCOUNT_NOT_FOUND);
            case RECIPIENT_IS_OWNER -> AliyunException.of(EcsError.ACCOUNT_IS_SELF);
            case RECIPIENT_IN_ADD_AND_REMOVE -> AliyunException.of(EcsError.SAME_ACCOUNT_ADDED_AND_REMOVED, e.subject());
            case RECIPIENT_ALREADY_SHARED -> throw new IllegalStateException("ECS re-adds are no-ops", e);
            case SHARE_QUOTA_EXCEEDED -> AliyunException.of(EcsError.SHARE_QUOTA);
            case IMAGE_IN_SHARE -> AliyunException.of(EcsError.IMAGE_USE_SHARED);
            case IMAGE_IS_PUBLIC -> AliyunException.of(EcsError.IMAGE_IS_PUBLIC);
            case IMAGE_NAME_DUPLICATED -> AliyunException.of(EcsError.IMAGE_NAME_DUPLICATED);
        };
    }
}
