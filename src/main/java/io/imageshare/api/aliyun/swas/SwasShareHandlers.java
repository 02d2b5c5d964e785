package io.imageshare.api.aliyun.swas;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.core.AccountId;
import io.imageshare.core.ImageService;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.ShareChange;
import io.imageshare.core.SharePage;
import java.util.List;

/**
 * ListCustomImageShareAccounts, Add/RemoveCustomImageShareAccount and ModifyImageShareStatus.
 * Every write honours its ClientToken (SwasTokens).
 */
final class SwasShareHandlers {
    private final ImageService images;
    private final AliyunRegions regions;

    SwasShareHandlers(ImageService images, AliyunRegions regions) {
        this.images = images;
        this.regions = regions;
    }

    Object listCustomImageShareAccounts(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = SwasInput.imageId(p.required("ImageId"));
        SwasTokens.checked(p);
        int pageNumber = p.integer("PageNumber", 1, 1, Integer.MAX_VALUE);
        int pageSize = p.integer("PageSize", 10, 1, 50);
        SharePage page = images.listShares(call.account(), Product.SWAS, region, imageId,
                new PageRequest(pageNumber, pageSize), null);
        List<SwasResponses.ImageShareUser> users = page.shares().items().stream()
                .map(s -> new SwasResponses.ImageShareUser(SwasInput.number(s.account()),
                        SwasInput.sharedTime(s.sharedAt())))
                .toList();
        return new SwasResponses.ShareAccounts(call.requestId(), page.shares().total(), pageNumber, pageSize, users);
    }

    Object addCustomImageShareAccount(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = SwasInput.imageId(p.required("ImageId"));
        List<AccountId> accounts = SwasInput.accounts(p);
        // More distinct accounts than an image may have can never fit: refuse before any lookup.
        if (accounts.size() > images.shareLimit(Product.SWAS)) {
            throw AliyunException.of(SwasError.SHARE_QUOTA);
        }
        images.modifyShares(call.account(), Product.SWAS, region, imageId, ShareChange.add(accounts),
                SwasTokens.of(call, region));
        return new SwasResponses.RequestOnly(call.requestId());
    }

    /** Removing an account that has no share changes nothing and succeeds (decisions §3). */
    Object removeCustomImageShareAccount(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = SwasInput.imageId(p.required("ImageId"));
        List<AccountId> accounts = SwasInput.accounts(p);
        images.modifyShares(call.account(), Product.SWAS, region, imageId, ShareChange.remove(accounts),
                SwasTokens.of(call, region));
        return new SwasResponses.RequestOnly(call.requestId());
    }

    /**
     * {@code Share} lists the image among the same account's ECS images in its region (ECS
     * DescribeImages); {@code UnShare} takes it out. Either on an image already so changes nothing.
     */
    Object modifyImageShareStatus(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = SwasInput.imageId(p.required("ImageId"));
        boolean share = switch (p.required("Operation")) {
            case "Share" -> true;
            case "UnShare" -> false;
            default -> throw p.errors().invalid("Operation");
        };
        images.setSharedToEcs(call.account(), region, imageId, share, SwasTokens.of(call, region));
        return new SwasResponses.RequestOnly(call.requestId());
    }
}
