package io.imageshare.api.aliyun.swas;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.ActionTable;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.ParamErrors;
import io.imageshare.core.ClientTokenMismatchException;
import io.imageshare.core.CoreException;
import io.imageshare.core.ImageQuotaExceededException;
import io.imageshare.core.ImageService;
import java.util.Map;

/** Simple Application Server (swas-open) 2020-06-01: which actions exist and which handler answers each. */
public final class SwasApi extends ActionTable {
    /** Custom images an account may hold in a region (api-reference C.5: at most 15 per account). */
    public static final int DEFAULT_CUSTOM_IMAGES_PER_REGION = 15;

    public SwasApi(ImageService images, AliyunRegions regions) {
        this(images, regions, DEFAULT_CUSTOM_IMAGES_PER_REGION);
    }

    public SwasApi(ImageService images, AliyunRegions regions, int customImagesPerRegion) {
        this(new SwasShareHandlers(images, regions), new SwasImageHandlers(images, regions, customImagesPerRegion),
                regions);
    }

    private SwasApi(SwasShareHandlers shares, SwasImageHandlers imageHandlers, AliyunRegions regions) {
        super("2020-06-01", "SWAS-OPEN", ParamErrors.STANDARD, Map.of(
                "ListCustomImageShareAccounts", shares::listCustomImageShareAccounts,
                "AddCustomImageShareAccount", shares::addCustomImageShareAccount,
                "RemoveCustomImageShareAccount", shares::removeCustomImageShareAccount,
                "ModifyImageShareStatus", shares::modifyImageShareStatus,
                "ListCustomImages", imageHandlers::listCustomImages,
                "CreateCustomImage", imageHandlers::createCustomImage,
                "DeleteCustomImage", imageHandlers::deleteCustomImage), SwasPermissions.table(regions));
    }

    @Override
    protected AliyunException translate(RuntimeException e) {
        if (e instanceof CoreException c) {
            return SwasErrors.of(c);
        }
        if (e instanceof ClientTokenMismatchException) {
            return AliyunException.of(SwasError.TOKEN_MISMATCH);
        }
        if (e instanceof ImageQuotaExceededException) {
            return AliyunException.of(SwasError.IMAGE_QUOTA);
        }
        return null;
    }
}
