package io.imageshare.api.tencent.cvm;

import static io.imageshare.api.tencent.ParamKind.BOOLEAN;
import static io.imageshare.api.tencent.ParamKind.FILTERS;
import static io.imageshare.api.tencent.ParamKind.IGNORED;
import static io.imageshare.api.tencent.ParamKind.INTEGER;
import static io.imageshare.api.tencent.ParamKind.STRING;
import static io.imageshare.api.tencent.ParamKind.STRING_LIST;

import io.imageshare.api.tencent.CamPermission;
import io.imageshare.api.tencent.ParamKind;
import io.imageshare.api.tencent.TencentAction;
import io.imageshare.api.tencent.TencentCall;
import io.imageshare.api.tencent.TencentProduct;
import io.imageshare.core.CoreException;
import io.imageshare.core.ImageService;
import io.imageshare.core.Product;
import io.imageshare.core.Regions;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CVM 2017-03-12: which actions exist, the parameters each defines (the fields of the SDK's request
 * models, wire.md §1), and which handler answers each.
 */
public final class CvmApi implements TencentProduct {
    private final Map<String, TencentAction> actions;
    private final Map<String, CamPermission> permissions = CvmPermissions.table();
    private final CvmErrors errors;

    public CvmApi(ImageService images, Regions regions) {
        CvmShareHandlers shares = new CvmShareHandlers(images);
        CvmImageHandlers imageHandlers = new CvmImageHandlers(images, regions);
        this.errors = new CvmErrors(images.shareLimit(Product.CVM));
        this.actions = Stream.of(
                        regional("DescribeImageSharePermission", Map.of("ImageId", STRING),
                                shares::describeImageSharePermission),
                        regional("ModifyImageSharePermission",
                                Map.of("ImageId", STRING, "AccountIds", STRING_LIST, "Permission", STRING),
                                shares::modifyImageSharePermission),
                        regional("DescribeImages", Map.of("ImageIds", STRING_LIST, "Filters", FILTERS,
                                "Offset", INTEGER, "Limit", INTEGER, "InstanceType", STRING),
                                imageHandlers::describeImages),
                        regional("DeleteImages", Map.of("ImageIds", STRING_LIST, "DeleteBindedSnap", BOOLEAN,
                                "DryRun", BOOLEAN), imageHandlers::deleteImages),
                        regional("CreateImage", Map.of("ImageName", STRING, "InstanceId", STRING,
                                "ImageDescription", STRING, "ForcePoweroff", STRING, "Sysprep", STRING,
                                "DataDiskIds", STRING_LIST, "SnapshotIds", STRING_LIST, "DryRun", BOOLEAN,
                                "TagSpecification", IGNORED, "ImageFamily", STRING), imageHandlers::createImage),
                        new TencentAction("DescribeRegions", false, Map.of(), imageHandlers::describeRegions))
                .collect(Collectors.toUnmodifiableMap(TencentAction::name, a -> a));
        if (!actions.keySet().equals(permissions.keySet())) {
            throw new IllegalStateException("the CAM table must name exactly the actions served");
        }
    }

    private static TencentAction regional(String name, Map<String, ParamKind> params,
                                          Function<TencentCall, Object> handler) {
        return new TencentAction(name, true, params, handler);
    }

    @Override
    public String version() {
        return "2017-03-12";
    }

    @Override
    public Optional<TencentAction> action(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    @Override
    public CamPermission permission(String action) {
        return permissions.get(action);
    }

    @Override
    public Object handle(TencentAction action, TencentCall call) {
        try {
            return action.handler().apply(call);
        } catch (CoreException e) {
            throw errors.of(e);
        }
    }
}
