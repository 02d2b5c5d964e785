package io.imageshare.api.aliyun.ens;

import io.imageshare.api.WireTimes;
import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.ImageQuery;
import io.imageshare.core.ImageService;
import io.imageshare.core.NewImage;
import io.imageshare.core.Page;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Visibility;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/** DescribeImages and CreateImage: how an ENS account makes images and finds those shared with it. */
final class EnsImageHandlers {
    /**
     * CreateImage: 2–128 characters, starting with a letter, of letters, digits, colons, underscores
     * and hyphens (so never {@code http://}).
     */
    private static final Pattern IMAGE_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}:_-]{1,127}");
    private final ImageService images;

    EnsImageHandlers(ImageService images) {
        this.images = images;
    }

    /**
     * The caller's images and those shared with it (ImageOwnerAlias {@code self} / {@code others}).
     * ImageShare keeps no ENS nodes or snapshots: EnsRegionId and Status (documented as unused) are
     * accepted and ignored; a SnapshotId filter matches no image.
     */
    Object describeImages(AliyunCall call) {
        AliyunParams p = call.params();
        p.optional("EnsRegionId");
        p.optional("Status");
        String imageId = p.optional("ImageId");
        String name = p.optional("ImageName");
        boolean bySnapshot = p.optional("SnapshotId") != null;
        int pageNumber = p.integer("PageNumber", 1, 1, Integer.MAX_VALUE);
        int pageSize = p.integer("PageSize", 10, 1, 50);
        PageRequest request = new PageRequest(pageNumber, pageSize);
        ImageQuery query = new ImageQuery(Product.ENS, Product.NO_REGION, call.account(),
                EnumSet.of(Visibility.OWN, Visibility.SHARED_WITH_ME), imageId == null ? List.of() : List.of(imageId),
                name, null, null, false, request);
        Page<Image> page = bySnapshot ? new Page<>(List.of(), 0, request) : images.describeImages(query);
        List<EnsResponses.ImageItem> items = page.items().stream().map(i -> item(i, call.account())).toList();
        return new EnsResponses.Images(call.requestId(), 0, page.total(), pageNumber, pageSize,
                new EnsResponses.ImageList(items));
    }

    /**
     * Records an image of the caller. ImageShare keeps no instances or snapshots: InstanceId and
     * SnapshotId are accepted as the image's source and not checked; DeleteAfterImageUpload and
     * WithDataDisks are checked for form only.
     */
    Object createImage(AliyunCall call) {
        AliyunParams p = call.params();
        String name = p.required("ImageName");
        if (!IMAGE_NAME.matcher(name).matches()) {
            throw EnsInput.invalid("ImageName");
        }
        p.optional("InstanceId");
        p.optional("SnapshotId");
        p.optional("TargetOSSRegionId");
        EnsInput.bool(p.optional("DeleteAfterImageUpload"), "DeleteAfterImageUpload");
        EnsInput.bool(p.optional("WithDataDisks"), "WithDataDisks");
        Image image = images.createImage(call.account(), Product.ENS, Product.NO_REGION,
                new NewImage(null, name, null, "linux", "Linux", "x86_64", 40));
        return new EnsResponses.Created(call.requestId(), 0, image.id());
    }

    private static EnsResponses.ImageItem item(Image i, AccountId caller) {
        String size = String.valueOf(i.sizeGiB());
        return new EnsResponses.ImageItem(i.id(), i.name(), i.owner().equals(caller) ? "self" : "others", size,
                i.platform(), i.architecture(),
                WireTimes.isoSeconds(i.createdAt()), null, null,
                new EnsResponses.DiskDeviceMappings(List.of(
                        new EnsResponses.DiskDeviceMapping("qcow2", size, "system", i.id()))));
    }
}
