package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AccessDeniedDetail;
import io.imageshare.api.aliyun.ActionTable;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.auth.Denial;
import io.imageshare.core.CoreException;
import io.imageshare.core.ImageService;
import io.imageshare.core.Product;
import java.util.Map;

/** ENS (Edge Node Service) 2017-11-10: which actions exist and which handler answers each. */
public final class EnsApi extends ActionTable {
    private final EnsErrors errors;

    public EnsApi(ImageService images) {
        this(images, new EnsErrors(images.shareLimit(Product.ENS)));
    }

    private EnsApi(ImageService images, EnsErrors errors) {
        this(new EnsShareHandlers(images, errors), new EnsImageHandlers(images), errors);
    }

    private EnsApi(EnsShareHandlers shares, EnsImageHandlers imageHandlers, EnsErrors errors) {
        super("2017-11-10", "Ens", EnsParamErrors.INSTANCE, Map.of(
                "DescribeImageSharePermission", shares::describeImageSharePermission,
                "ModifyImageSharePermission", shares::modifyImageSharePermission,
                "DescribeImages", imageHandlers::describeImages,
                "CreateImage", imageHandlers::createImage), EnsPermissions.table());
        this.errors = errors;
    }

    /** ENS answers a RAM denial with its own NoPermission, HTTP 400 (seed 003), and the gateway's detail. */
    @Override
    public AliyunException denied(Denial denial) {
        return AliyunException.denied(EnsError.NO_PERMISSION, AccessDeniedDetail.of(denial));
    }

    @Override
    protected AliyunException translate(RuntimeException e) {
        return e instanceof CoreException c ? errors.of(c) : null;
    }
}
