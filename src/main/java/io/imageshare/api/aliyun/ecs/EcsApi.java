package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.ActionTable;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.ParamErrors;
import io.imageshare.core.CoreException;
import io.imageshare.core.ImageService;
import java.util.Map;

/** ECS 2014-05-26: which actions exist and which handler answers each. */
public final class EcsApi extends ActionTable {

    public EcsApi(ImageService images, AliyunRegions regions) {
        this(new EcsShareHandlers(images, regions), new EcsImageHandlers(images, regions), regions);
    }

    private EcsApi(EcsShareHandlers shares, EcsImageHandlers imageHandlers, AliyunRegions regions) {
        super("2014-05-26", "Ecs", ParamErrors.STANDARD, Map.of(
                "DescribeImageSharePermission", shares::describeImageSharePermission,
                "ModifyImageSharePermission", shares::modifyImageSharePermission,
                "ModifyImageShareGroupPermission", shares::modifyImageShareGroupPermission,
                "DescribeImages", imageHandlers::describeImages,
                "CreateImage", imageHandlers::createImage,
                "DeleteImage", imageHandlers::deleteImage,
                "DescribeRegions", imageHandlers::describeRegions), EcsPermissions.table(regions));
    }

    @Override
    protected AliyunException translate(RuntimeException e) {
        return e instanceof CoreException c ? EcsErrors.of(c) : null;
    }

    static AliyunException dryRunPassed() {
        return AliyunException.of(EcsError.DRY_RUN);
    }
}
