package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.aliyun.AliyunCode;

/** ECS's own errors for the image actions (api-reference A.1–A.6, vendor spellings kept). */
public enum EcsError implements AliyunCode {
    IMAGE_NOT_FOUND("InvalidImageId.NotFound", 404, "The specified ImageId does not exist."),
    ACCOUNT_NOT_FOUND("InvalidAccount.NotFound", 404,
            "The specified parameter \"AddAccount.n\" or \"RemoveAccount.n\"  does not exist."),
    ACCOUNT_IS_SELF("InvalidAccount.Forbbiden", 404, "The specified Account does not yourself."),
    SHARE_QUOTA("QuotaExceed.ShareImageUser", 403, "The shared Image user Quota exceeds."),
    SAME_ACCOUNT_ADDED_AND_REMOVED("InvalidParameter", 400,
            "The specified account %s is in both parameter \"AddAccount.n\" and \"RemoveAccount.n\"."),
    GROUP_MALFORMED("InvalidGroup.Malformed", 404,
            "The specified parameter \"AddGroup.n\" or \"RemoveGroup.n\" does not exist."),
    GROUP_CONFLICT("InvalidParameter", 400,
            "The specified parameter \"AddGroup.n\" and \"RemoveGroup.n\" cannot both name the group all."),
    LAUNCH_PERMISSION_UNNECESSARY("UnnecessaryParameter.LaunchPermission", 400,
            "The specified parameter \"LaunchPermission\" is unnecessary if paramter \"AddAccounts\" or "
                    + "\"RemoveAccounts\" exist."),
    LAUNCH_PERMISSION_FORBIDDEN("ForbiddenParameter.LaunchPermission", 400,
            "The specified parameter \"LaunchPermission\" is forbidden for current account."),
    IMAGE_USE_SHARED("ImageUseShared", 403, "The specified image has been shared to others. You can use the "
            + "DescribeImageSharePermission API to query the users who have been shared."),
    IMAGE_IS_PUBLIC("ImageIsPublic", 403, "You can not delete public image, please modify it to private."),
    OWNER_ALIAS_NOT_SUPPORTED("InvalidImageOwnerAlias.ValueNotSupported", 400,
            "The specified ImageOwnerAlias value is not supported."),
    IMAGE_NAME_DUPLICATED("InvalidImageName.Duplicated", 400, "The specified image name is already in use."),
    IMAGE_NAME_MALFORMED("InvalidImageName.Malformed", 400, "Specified image name is not valid."),
    DESCRIPTION_MALFORMED("InvalidDescription.Malformed", 400, "Specified description is not valid."),
    SOURCE_MISSING("MissingParameter", 400, "The input parameter SnapshotId or InstanceId or DiskDeviceMapping "
            + "that is mandatory for processing this request is not supplied."),
    DRY_RUN("DryRunOperation", 400, "Request validation has been passed with DryRun flag set.");

    private final String code;
    private final int status;
    private final String message;

    EcsError(String code, int status, String message) {
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
