package io.imageshare.api.tencent.cvm;

import io.imageshare.api.tencent.TencentCall;
import io.imageshare.api.tencent.TencentCommonError;
import io.imageshare.api.tencent.TencentException;
import io.imageshare.api.tencent.TencentParams;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.CoreError;
import io.imageshare.core.CoreException;
import io.imageshare.core.Image;
import io.imageshare.core.ImageQuery;
import io.imageshare.core.ImageService;
import io.imageshare.core.NewImage;
import io.imageshare.core.Page;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Regions;
import io.imageshare.core.Visibility;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** DescribeImages, DeleteImages, CreateImage and DescribeRegions (api-reference D.3, D.4). */
final class CvmImageHandlers {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    /** The vendor console's bound on image names; descriptions get the usual 256. */
    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_DESCRIPTION_LENGTH = 256;
    /** Family and size, e.g. {@code S5.MEDIUM4}. */
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[A-Za-z0-9]+\\.[A-Za-z0-9]+");
    private final ImageService images;
    private final Regions regions;

    CvmImageHandlers(ImageService images, Regions regions) {
        this.images = images;
        this.regions = regions;
    }

    Object describeImages(TencentCall call) {
        TencentParams p = call.params();
        List<String> ids = p.strings("ImageIds");
        List<TencentParams.Filter> filters = p.filters("Filters");
        if (!ids.isEmpty() && !filters.isEmpty()) {
            throw TencentException.of(CvmError.IMAGE_IDS_WITH_FILTERS);
        }
        long offset = Objects.requireNonNullElse(p.integer("Offset"), 0L);
        if (offset < 0) {
            throw TencentException.of(TencentCommonError.INVALID_PARAMETER_VALUE, "Offset");
        }
        long limit = Objects.requireNonNullElse(p.integer("Limit"), (long) DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw TencentException.of(CvmError.VALUE_LIMIT, "Limit", "1-" + MAX_LIMIT);
        }
        String instanceType = p.string("InstanceType");
        if (instanceType != null && !INSTANCE_TYPE.matcher(instanceType).matches()) {
            throw TencentException.of(CvmError.INSTANCE_TYPE_MALFORMED); // any well-formed type runs every image
        }
        ImageSelection selection = ids.isEmpty() ? ImageSelection.of(filters)
                : ImageSelection.ofIds(CvmInput.imageIds("ImageIds", ids));
        PageRequest page = PageRequest.atOffset(offset, (int) limit);
        if (selection.matchesNothing()) {
            return new CvmResponses.Images(List.of(), 0);
        }
        ImageQuery query = new ImageQuery(Product.CVM, call.region(), call.account(), selection.visibility(),
                selection.imageIds(), selection.nameContains(), Set.of(), null, false, page);
        Page<Image> found = images.describeImages(query);
        List<CvmResponses.ImageItem> items = found.items().stream().map(i -> item(i, call.account())).toList();
        return new CvmResponses.Images(items, found.total());
    }

    /**
     * Deletes all the listed images or none. An image shared with the caller is not the caller's to
     * delete ({@code InvalidParameterValue.InvalidImageIdIsShared}); any other account's image is not found.
     */
    Object deleteImages(TencentCall call) {
        TencentParams p = call.params();
        List<String> listed = p.strings("ImageIds");
        if (listed.isEmpty()) {
            throw TencentException.of(TencentCommonError.MISSING_PARAMETER, "ImageIds");
        }
        List<String> ids = CvmInput.imageIds("ImageIds", listed);
        p.bool("DeleteBindedSnap"); // no snapshots are kept here: nothing more to delete
        try {
            if (Boolean.TRUE.equals(p.bool("DryRun"))) {
                for (String id : ids) {
                    if (images.ownImage(call.account(), Product.CVM, call.region(), id).shareCount() > 0) {
                        throw new CoreException(CoreError.IMAGE_IN_SHARE, id);
                    }
                }
                throw TencentException.of(TencentCommonError.DRY_RUN);
            }
            images.deleteImages(call.account(), Product.CVM, call.region(), ids);
        } catch (CoreException e) {
            if (e.error() == CoreError.IMAGE_NOT_OWNED) {
                throw TencentException.of(sharedWith(call, e.subject())
                        ? CvmError.IMAGE_ID_IS_SHARED : CvmError.IMAGE_NOT_FOUND, e.subject());
            }
            throw e;
        }
        return null;
    }

    /**
     * Makes a custom image. ImageShare keeps no instances or snapshots: a well-formed InstanceId
     * ({@code ins-} + 8) or SnapshotIds ({@code snap-} + 8 each) stands for one of the caller's own.
     */
    Object createImage(TencentCall call) {
        TencentParams p = call.params();
        String name = p.requiredString("ImageName");
        if (name.isBlank()) {
            throw TencentException.of(TencentCommonError.INVALID_PARAMETER_VALUE, "ImageName");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw TencentException.of(CvmError.VALUE_TOO_LARGE, "ImageName", MAX_NAME_LENGTH);
        }
        String description = p.string("ImageDescription");
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw TencentException.of(CvmError.VALUE_TOO_LARGE, "ImageDescription", MAX_DESCRIPTION_LENGTH);
        }
        String instanceId = p.string("InstanceId");
        List<String> snapshotIds = p.strings("SnapshotIds");
        if (instanceId != null && !snapshotIds.isEmpty()) {
            throw TencentException.of(CvmError.SOURCE_CONFLICT);
        }
        if (instanceId != null) {
            CvmInput.instanceId(instanceId);
        } else if (!snapshotIds.isEmpty()) {
            CvmInput.snapshotIds(snapshotIds);
        } else {
            throw TencentException.of(CvmError.SPECIFY_ONE_SOURCE);
        }
        if (Boolean.TRUE.equals(p.bool("DryRun"))) {
            throw TencentException.of(TencentCommonError.DRY_RUN);
        }
        Image image = images.createImage(call.account(), Product.CVM, call.region(),
                new NewImage(null, name, description, "linux", "Linux", "x86_64", 50));
        return new CvmResponses.Created(image.id());
    }

    Object describeRegions(TencentCall call) {
        List<CvmResponses.RegionInfo> set = regions.of(Cloud.TENCENT).stream()
                .map(r -> new CvmResponses.RegionInfo(r.id(), r.localName(), "AVAILABLE")).toList();
        return new CvmResponses.RegionsResponse(set.size(), set);
    }

    private boolean sharedWith(TencentCall call, String imageId) {
        return images.describeImages(new ImageQuery(Product.CVM, call.region(), call.account(),
                EnumSet.of(Visibility.SHARED_WITH_ME), List.of(imageId), null, Set.of(), null, false,
                PageRequest.all(1))).total() > 0;
    }

    private static CvmResponses.ImageItem item(Image i, AccountId caller) {
        String type = i.owner().equals(caller) ? "PRIVATE_IMAGE" : i.isPublic() ? "PUBLIC_IMAGE" : "SHARED_IMAGE";
        String platform = i.platform() == null ? "Linux" : i.platform();
        return new CvmResponses.ImageItem(i.id(), platform, type, CvmResponses.time(i.createdAt()),
                i.name() == null ? "" : i.name(), i.description() == null ? "" : i.description(), i.sizeGiB(),
                i.architecture(), Image.AVAILABLE.equals(i.status()) ? "NORMAL" : i.status().toUpperCase(Locale.ROOT),
                platform, i.owner().id(), "CREATE_IMAGE", 100, true, List.of(), List.of(), "TencentCloud", "",
                false, "");
    }
}
