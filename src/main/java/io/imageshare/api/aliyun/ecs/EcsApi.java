package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.AliyunProduct;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.ParamErrors;
import io.imageshare.core.CoreException;
import io.imageshare.core.ImageService;
import java.util.Map;
import java.util.function.Function;

/** ECS 2014-05-26: which actions exist and which handler answers each. */
public final class EcsApi implements AliyunProduct {
    private final Map<String, Function<AliyunCall, Object>> actions;

    public EcsApi(ImageService images, AliyunRegions regions) {
        EcsShareHandlers shares = new EcsShareHandlers(images, regions);
        EcsImageHandlers imageHandlers = new EcsImageHandlers(images, regions);
        this.actions = Map.of(
                "DescribeImageSharePermission", shares::describeImageSharePermission,
                "ModifyImageSharePermission", shares::modifyImageSharePermission,
                "ModifyImageShareGroupPermission", shares::modifyImageShareGroupPermission,
                "DescribeImages", imageHandlers::describeImages,
                "CreateImage", imageHandlers::createImage,
                "DeleteImage", imageHandlers::deleteImage,
                "DescribeRegions", imageHandlers::describeRegions);
    }

    @Override
    public String version() {
        return "2014-05-26";
    }

    @Override
    public String code() {
        return "Ecs";
    }

    @Override
    public ParamErrors paramErrors() {
        return ParamErrors.STANDARD;
    }

    @Override
    public boolean hasAction(String action) {
        return actions.containsKey(action);
    }

    @Override
    public Object handle(AliyunCall call) {
        try {
            return actions.get(call.action()).apply(call);
        } catch (CoreException e) {
            throw EcsErrors.of(e);
        }
    }

    static AliyunException dryRunPassed() {
        return AliyunException.of(EcsError.DRY_RUN);
    }
}
