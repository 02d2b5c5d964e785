package io.imageshare.api.aliyun.swas;

import io.imageshare.api.WireTimes;
import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.api.aliyun.AliyunRegions;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** ListCustomImages, CreateCustomImage and DeleteCustomImage. */
final class SwasImageHandlers {
    /** 2–128 characters of letters, digits, colons, underscores and hyphens, starting with a letter or digit. */
    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:_-]{1,127}");
    private static final int MAX_DESCRIPTION = 256;
    /** Filters on what ImageShare does not keep for an image: with any of them, nothing matches. */
    private static final List<String> UNKEPT_FILTERS = List.of("InstanceId", "SystemSnapshotId", "DataSnapshotId",
            "ResourceGroupId");
    private static final String AVAILABLE = "1";
    private final ImageService images;
    private final AliyunRegions regions;
    private final int perRegion;

    SwasImageHandlers(ImageService images, AliyunRegions regions, int perRegion) {
        this.images = images;
        this.regions = regions;
        this.perRegion = perRegion;
    }

    /**
     * The caller's custom images in the region and those other accounts shared with it. {@code Share}
     * ("whether to query shared images"): absent lists both, {@code True} only the shared ones,
     * {@code False} only the caller's own.
     */
    Object listCustomImages(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        SwasTokens.checked(p);
        Boolean share = p.bool("Share");
        Set<Visibility> visibility = share == null ? EnumSet.of(Visibility.OWN, Visibility.SHARED_WITH_ME)
                : share ? EnumSet.of(Visibility.SHARED_WITH_ME) : EnumSet.of(Visibility.OWN);
        List<String> ids = SwasInput.filterValues(p, "ImageIds");
        Set<String> names = new HashSet<>(SwasInput.filterValues(p, "ImageNames"));
        boolean unmatchable = !p.keyValues("Tag").isEmpty();
        for (String filter : UNKEPT_FILTERS) {
            unmatchable |= p.optional(filter) != null;
        }
        int pageNumber = p.integer("PageNumber", 1, 1, Integer.MAX_VALUE);
        int pageSize = p.integer("PageSize", 10, 1, 100);
        PageRequest request = new PageRequest(pageNumber, pageSize);
        ImageQuery query = new ImageQuery(Product.SWAS, region, call.account(), visibility, ids, null, names,
                null, null, false, request);
        Page<Image> page = unmatchable ? new Page<>(List.of(), 0, request) : images.describeImages(query);
        List<SwasResponses.CustomImage> items = page.items().stream().map(i -> item(i, call.account())).toList();
        return new SwasResponses.CustomImages(call.requestId(), page.total(), pageNumber, pageSize, items);
    }

    /**
     * Records a custom image of the caller. ImageShare keeps no servers or snapshots: InstanceId is
     * required, as documented, but not checked; snapshot IDs, resource group and tags are accepted
     * and not kept.
     */
    Object createCustomImage(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String name = p.required("ImageName");
        if (!IMAGE_NAME.matcher(name).matches()) {
            throw p.errors().invalid("ImageName");
        }
        p.required("InstanceId");
        String description = p.optional("Description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw p.errors().invalid("Description");
        }
        p.keyValues("Tag");
        String id = images.createImage(call.account(), Product.SWAS, region,
                new NewImage(null, name, description, "linux", "Linux", "x86_64", 20), perRegion,
                SwasTokens.of(call, region));
        return new SwasResponses.Created(call.requestId(), id);
    }

    /** Refused with CustomImageInShare while the image is shared with accounts or to ECS. */
    Object deleteCustomImage(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = SwasInput.imageId(p.required("ImageId"));
        images.deleteImages(call.account(), Product.SWAS, region, List.of(imageId), SwasTokens.of(call, region));
        return new SwasResponses.RequestOnly(call.requestId());
    }

    private static SwasResponses.CustomImage item(Image i, AccountId caller) {
        boolean own = i.owner().equals(caller);
        String os = i.osType() != null && i.osType().toLowerCase(Locale.ROOT).startsWith("win") ? "Windows" : "Linux";
        return new SwasResponses.CustomImage(i.id(), i.name(), i.description(),
                own && i.sharedToEcs(), !own || i.shareCount() > 0, SwasInput.number(i.owner()), AVAILABLE, os,
                i.region(), WireTimes.isoSeconds(i.createdAt()),
                i.sizeGiB(), 0, List.of(), List.of());
    }
}
