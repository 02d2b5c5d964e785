package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.WireTimes;
import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.Image;
import io.imageshare.core.ImageQuery;
import io.imageshare.core.ImageService;
import io.imageshare.core.NewImage;
import io.imageshare.core.Page;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Region;
import io.imageshare.core.Visibility;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** DescribeImages, CreateImage, DeleteImage and DescribeRegions. */
final class EcsImageHandlers {
    private static final Set<String> STATUSES = Set.of(
            "Creating", "Waiting", "Available", "UnAvailable", "CreateFailed", "Deprecated");
    /** 2–128 characters, starting with a letter, of letters, digits and {@code . _ : -} (CreateImage doc). */
    private static final Pattern IMAGE_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}._:-]{1,127}");
    private final ImageService images;
    private final AliyunRegions regions;

    EcsImageHandlers(ImageService images, AliyunRegions regions) {
        this.images = images;
        this.regions = regions;
    }

    Object describeImages(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        Set<Visibility> visibility = visibility(p.optional("ImageOwnerAlias"), Boolean.TRUE.equals(p.bool("IsPublic")));
        String ids = p.optional("ImageId");
        List<String> imageIds = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).limit(100).toList();
        String ownerId = p.optional("ImageOwnerId");
        if (ownerId != null && !Cloud.ALIYUN.isValidAccountId(ownerId)) {
            throw p.errors().invalid("ImageOwnerId");
        }
        int pageNumber = p.integer("PageNumber", 1, 1, Integer.MAX_VALUE);
        int pageSize = p.integer("PageSize", 10, 1, 100);
        ImageQuery query = new ImageQuery(Product.ECS, region, call.account(), visibility, imageIds,
                p.optional("ImageName"), statuses(p), ownerId == null ? null : AccountId.aliyun(ownerId),
                visibility.contains(Visibility.OWN), new PageRequest(pageNumber, pageSize));
        Page<Image> page = visibility.isEmpty()
                ? new Page<>(List.of(), 0, query.page()) : images.describeImages(query);
        List<EcsResponses.ImageItem> items = page.items().stream().map(i -> item(i, call.account())).toList();
        return new EcsResponses.Images(call.requestId(), region, page.total(), pageNumber, pageSize,
                new EcsResponses.ImageList(items));
    }

    Object createImage(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        boolean hasSource = p.optional("InstanceId") != null || p.optional("SnapshotId") != null
                || hasDiskMapping(call);
        if (!hasSource) {
            throw AliyunException.of(EcsError.SOURCE_MISSING);
        }
        String name = p.optional("ImageName");
        if (name != null && (!IMAGE_NAME.matcher(name).matches() || isUrl(name))) {
            throw AliyunException.of(EcsError.IMAGE_NAME_MALFORMED);
        }
        String description = p.optional("Description");
        if (description != null && (description.length() < 2 || description.length() > 256 || isUrl(description))) {
            throw AliyunException.of(EcsError.DESCRIPTION_MALFORMED);
        }
        String platform = p.optional("Platform");
        String architecture = p.optional("Architecture");
        NewImage spec = new NewImage(null, name, description, "linux",
                platform == null ? "Linux" : platform, architecture == null ? "x86_64" : architecture, 40);
        Image image = images.createImage(call.account(), Product.ECS, region, spec);
        return new EcsResponses.Created(call.requestId(), image.id());
    }

    Object deleteImage(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = EcsInput.imageId(p.required("ImageId"));
        p.bool("Force"); // checked for form only: the share check holds with Force too (decisions §3)
        if (Boolean.TRUE.equals(p.bool("DryRun"))) {
            images.ownImage(call.account(), Product.ECS, region, imageId);
            throw EcsApi.dryRunPassed();
        }
        images.deleteImage(call.account(), Product.ECS, region, imageId);
        return new EcsResponses.RequestOnly(call.requestId());
    }

    Object describeRegions(AliyunCall call) {
        List<EcsResponses.RegionItem> items = regions.catalog().of(Cloud.ALIYUN).stream()
                .map(EcsImageHandlers::regionItem).toList();
        return new EcsResponses.RegionsResponse(call.requestId(), new EcsResponses.RegionList(items));
    }

    private static EcsResponses.RegionItem regionItem(Region r) {
        return new EcsResponses.RegionItem(r.id(), r.localName(), "ecs." + r.id() + ".aliyuncs.com", "available");
    }

    /** ImageOwnerAlias and IsPublic as the vendor documents them (api-reference A.4; ADR 0007). */
    private static Set<Visibility> visibility(String alias, boolean isPublic) {
        if (alias == null) {
            return isPublic ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.OWN, Visibility.SHARED_WITH_ME);
        }
        return switch (alias) {
            case "self" -> EnumSet.of(Visibility.OWN);
            case "others" -> isPublic ? EnumSet.of(Visibility.PUBLIC) : EnumSet.of(Visibility.SHARED_WITH_ME);
            case "system", "marketplace" -> EnumSet.noneOf(Visibility.class);
            default -> throw AliyunException.of(EcsError.OWNER_ALIAS_NOT_SUPPORTED);
        };
    }

    private static Set<String> statuses(AliyunParams p) {
        String raw = p.optional("Status");
        if (raw == null) {
            return Set.of(Image.AVAILABLE);
        }
        if (raw.equalsIgnoreCase("ALL")) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String s : raw.split(",")) {
            String status = s.trim();
            if (!STATUSES.contains(status)) {
                throw p.errors().invalid("Status");
            }
            out.add(status);
        }
        return out;
    }

    private static EcsResponses.ImageItem item(Image i, AccountId caller) {
        boolean own = i.owner().equals(caller);
        String os = i.platform() == null ? "Linux" : i.platform();
        return new EcsResponses.ImageItem(i.id(), i.name(), own ? "self" : "others", Long.parseLong(i.owner().id()),
                i.description(), i.status(), "100%",
                WireTimes.isoSeconds(i.createdAt()), i.sizeGiB(),
                i.osType(), os, os, i.platform(), i.architecture(), "none",
                own && i.shareCount() > 0 ? "True" : "False", i.isPublic(), false, false, true, true, "", null,
                "BIOS");
    }

    private static boolean hasDiskMapping(AliyunCall call) {
        return call.request().params().stream().anyMatch(x -> x.name().startsWith("DiskDeviceMapping."));
    }

    private static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }
}
