package io.imageshare.api.tencent.cvm;

import io.imageshare.api.tencent.TencentCall;
import io.imageshare.api.tencent.TencentCommonError;
import io.imageshare.api.tencent.TencentException;
import io.imageshare.api.tencent.TencentParams;
import io.imageshare.core.AccountId;
import io.imageshare.core.ImageService;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.ShareChange;
import io.imageshare.core.SharePage;
import java.util.List;

/** DescribeImageSharePermission and ModifyImageSharePermission (api-reference D.1, D.2; seed 004). */
final class CvmShareHandlers {
    /** DescribeImageSharePermission has no paging: every recipient, of whom there are at most the limit. */
    private static final PageRequest EVERY_SHARE = PageRequest.all(Integer.MAX_VALUE);
    private final ImageService images;

    CvmShareHandlers(ImageService images) {
        this.images = images;
    }

    Object describeImageSharePermission(TencentCall call) {
        String imageId = CvmInput.imageId(call.params().requiredString("ImageId"));
        return permissions(images.listShares(call.account(), Product.CVM, call.region(), imageId, EVERY_SHARE, null));
    }

    /** The answer to DescribeImageSharePermission: every recipient on the page. */
    static CvmResponses.SharePermissions permissions(SharePage page) {
        return new CvmResponses.SharePermissions(page.shares().items().stream()
                .map(s -> new CvmResponses.SharePermission(CvmResponses.time(s.sharedAt()), s.account().id()))
                .toList());
    }

    /**
     * SHARE adds every listed account or, when one cannot be added (already a recipient, the owner,
     * unknown, over the quota), none; CANCEL removes those that are recipients and ignores the rest.
     */
    Object modifyImageSharePermission(TencentCall call) {
        TencentParams p = call.params();
        String imageId = CvmInput.imageId(p.requiredString("ImageId"));
        List<AccountId> accounts = CvmInput.accounts("AccountIds", p.strings("AccountIds"),
                images.shareLimit(Product.CVM));
        ShareChange change = switch (p.requiredString("Permission")) {
            case "SHARE" -> new ShareChange(accounts, List.of(), null, true);
            case "CANCEL" -> new ShareChange(List.of(), accounts, null, true);
            default -> throw TencentException.of(TencentCommonError.INVALID_PARAMETER_VALUE, "Permission");
        };
        images.modifyShares(call.account(), Product.CVM, call.region(), imageId, change);
        return null;
    }
}
