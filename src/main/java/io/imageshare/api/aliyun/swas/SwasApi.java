package io.imageshare.api.aliyun.swas;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.AliyunProduct;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.ParamErrors;
import io.imageshare.core.ClientTokenMismatchException;
import io.imageshare.core.CoreException;
import io.imageshare.core.ImageQuotaExceededException;
import io.imageshare.core.ImageService;
import java.util.Map;
import java.util.function.Function;

/** Simple Application Server (swas-open) 2020-06-01: which actions exist and which handler answers each. */
public final class SwasApi implements AliyunProduct {
    /** Custom images an account may hold in a region (api-reference C.5: at most 15 per account). */
    public static final int DEFAULT_CUSTOM_IMAGES_PER_REGION = 15;
    private final Map<String, Function<AliyunCall, Object>> actions;

    public SwasApi(ImageService images, AliyunRegions regions) {
        this(images, regions, DEFAULT_CUSTOM_IMAGES_PER_REGION);
    }

    public SwasApi(ImageService images, AliyunRegions regions, int customImagesPerRegion) {
        SwasShareHandlers shares = new SwasShareHandlers(images, regions);
        SwasImageHandlers imageHandlers = new SwasImageHandlers(images, regions, customImagesPerRegion);
        this.actions = Map.of(
                "ListCustomImageShareAccounts", shares::listCustomImageShareAccounts,
                "AddCustomImageShareAccount", shares::addCustomImageShareAccount,
                "RemoveCustomImageShareAccount", shares::removeCustomImageShareAccount,
                "ModifyImageShareStatus", shares::modifyImageShareStatus,
                "ListCustomImages", imageHandlers::listCustomImages,
                "CreateCustomImage", imageHandlers::createCustomImage,
                "DeleteCustomImage", imageHandlers::deleteCustomImage);
    }

    @Override
    public String version() {
        return "2020-06-01";
    }

    @Override
    public String code() {
        return "SWAS-OPEN";
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
            throw SwasErrors.of(e);
        } catch (ClientTokenMismatchException e) {
            throw AliyunException.of(SwasError.TOKEN_MISMATCH);
        } catch (ImageQuotaExceededException e) {
            throw AliyunException.of(SwasError.IMAGE_QUOTA);
        }
    }
}
