package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunProduct;
import io.imageshare.api.aliyun.ParamErrors;
import io.imageshare.core.CoreException;
import io.imageshare.core.ImageService;
import io.imageshare.core.Product;
import java.util.Map;
import java.util.function.Function;

/** ENS (Edge Node Service) 2017-11-10: which actions exist and which handler answers each. */
public final class EnsApi implements AliyunProduct {
    private final Map<String, Function<AliyunCall, Object>> actions;
    private final EnsErrors errors;

    public EnsApi(ImageService images) {
        this.errors = new EnsErrors(images.shareLimit(Product.ENS));
        EnsShareHandlers shares = new EnsShareHandlers(images, errors);
        EnsImageHandlers imageHandlers = new EnsImageHandlers(images);
        this.actions = Map.of(
                "DescribeImageSharePermission", shares::describeImageSharePermission,
                "ModifyImageSharePermission", shares::modifyImageSharePermission,
                "DescribeImages", imageHandlers::describeImages,
                "CreateImage", imageHandlers::createImage);
    }

    @Override
    public String version() {
        return "2017-11-10";
    }

    @Override
    public String code() {
        return "Ens";
    }

    @Override
    public ParamErrors paramErrors() {
        return EnsParamErrors.INSTANCE;
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
            throw errors.of(e);
        }
    }
}
