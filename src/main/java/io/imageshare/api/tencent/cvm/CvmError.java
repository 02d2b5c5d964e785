package io.imageshare.api.tencent.cvm;

import io.imageshare.api.tencent.TencentCode;

/** CVM's own errors for the image actions (api-reference D.1–D.4), in English and Chinese. */
public enum CvmError implements TencentCode {
    ACCOUNT_ALREADY_EXISTS("FailedOperation.AccountAlreadyExists",
            "The image is already shared with the account %s.", "镜像已共享给账号 %s。"),
    ACCOUNT_NOT_FOUND("InvalidAccountId.NotFound", "Invalid account ID: %s.", "无效的账户Id：%s。"),
    ACCOUNT_IS_YOURSELF("InvalidAccountIs.YourSelf", "You cannot share images with yourself.", "您无法共享镜像给自己。"),
    IMAGE_ID_MALFORMED("InvalidImageId.Malformed",
            "Invalid image ID format: %s. An image ID is img- followed by 8 lowercase letters or digits.",
            "错误的镜像Id格式：%s。镜像Id为 img- 加 8 位小写字母或数字。"),
    IMAGE_NOT_FOUND("InvalidImageId.NotFound", "The image %s cannot be found.", "未找到该镜像 %s。"),
    IMAGE_IN_SHARED("InvalidImageId.InShared",
            "The image %s is being shared. Cancel its sharing before deleting it.", "镜像 %s 处于共享中，请先取消共享再删除。"),
    IMAGE_ID_IS_SHARED("InvalidParameterValue.InvalidImageIdIsShared",
            "The image %s is a shared image; only its owner can delete it.", "指定的镜像ID %s 为共享镜像，只有其所有者可以删除。"),
    IMAGE_OPERATION_NOT_ALLOWED("InvalidParameterValue.InvalidImageId",
            "The image %s does not support this operation.", "镜像 %s 不允许执行该操作。"),
    IMAGE_NOT_BELONG_TO_ACCOUNT("UnauthorizedOperation.ImageNotBelongToAccount",
            "The specified image %s does not belong to the user.", "指定的镜像 %s 不属于该用户。"),
    /**
     * CAM's denial where the action's error list names this code. The English text is CAM's own, as real
     * responses carry it; the Chinese leads with the code's description from tencentcloud-sdk-go.
     */
    PERMISSION_DENIED("UnauthorizedOperation.PermissionDenied",
            "[request id:%s]you are not authorized to perform operation (%s)\nresource (%s) has no permission\n",
            "无权操作指定的资源，请正确配置CAM策略。[request id:%s]you are not authorized to perform operation (%s)"
                    + "\nresource (%s) has no permission\n"),
    OVER_QUOTA("OverQuota", "The number of accounts the image is shared with would exceed the quota of %s.",
            "镜像共享的账号数量将超过配额 %s。"),
    LIMIT_EXCEEDED("InvalidParameterValue.LimitExceeded",
            "The number of values of parameter `%s` exceeds the limit of %s.", "参数`%s`的取值数量超过上限 %s。"),
    VALUE_LIMIT("InvalidParameterValue.InvalidParameterValueLimit",
            "The value of parameter `%s` is out of range (%s).", "参数`%s`的取值超出范围（%s）。"),
    IMAGE_IDS_WITH_FILTERS("InvalidParameter.InvalidParameterCoexistImageIdsFilters",
            "ImageIds and Filters cannot be specified at the same time.", "不能同时指定ImageIds和Filters。"),
    INVALID_FILTER("InvalidFilter", "Invalid filter: %s.", "无效的过滤器：%s。"),
    FILTER_VALUES_LIMIT("InvalidFilterValue.LimitExceeded",
            "The filter `%s` has more than %s values.", "过滤器`%s`的取值数量超过 %s 个。"),
    INSTANCE_TYPE_MALFORMED("InvalidInstanceType.Malformed",
            "The specified InstanceType parameter has an invalid format.", "指定InstanceType参数格式不合法。"),
    INSTANCE_ID_MALFORMED("InvalidInstanceId.Malformed",
            "Invalid instance ID: %s. An instance ID is ins- followed by 8 lowercase letters or digits.",
            "无效实例ID：%s。实例ID为 ins- 加 8 位小写字母或数字。"),
    SNAPSHOT_ID_MALFORMED("InvalidParameterValue.SnapshotIdMalformed",
            "Invalid snapshot ID: %s. A snapshot ID is snap- followed by 8 lowercase letters or digits.",
            "无效的快照ID：%s。快照ID为 snap- 加 8 位小写字母或数字。"),
    SPECIFY_ONE_SOURCE("InvalidParameter.SpecifyOneParameter",
            "Specify the image source: InstanceId or SnapshotIds.", "请指定镜像来源：InstanceId 或 SnapshotIds。"),
    SOURCE_CONFLICT("InvalidParameterConflict",
            "InstanceId and SnapshotIds cannot be specified at the same time.", "InstanceId 和 SnapshotIds 不能同时指定。"),
    VALUE_TOO_LARGE("InvalidParameter.ValueTooLarge",
            "The length of parameter `%s` exceeds the limit of %s characters.", "参数`%s`的长度超过 %s 个字符的限制。"),
    IMAGE_NAME_DUPLICATE("InvalidImageName.Duplicate",
            "The specified image name already exists.", "镜像名称与原有镜像重复。");

    private final String code;
    private final String english;
    private final String chinese;

    CvmError(String code, String english, String chinese) {
        this.code = code;
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
