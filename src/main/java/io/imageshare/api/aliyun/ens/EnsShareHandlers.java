package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.core.AccountId;
import io.imageshare.core.ImageService;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.ShareChange;
import io.imageshare.core.SharePage;
import java.util.List;

/**
 * DescribeImageSharePermission and ModifyImageSharePermission. ENS images belong to no region
 * (decisions §2): neither action reads RegionId.
 */
final class EnsShareHandlers {
    private final ImageService images;
    private final EnsErrors errors;

    EnsShareHandlers(ImageService images, EnsErrors errors) {
        this.images = images;
        this.errors = errors;
    }

    Object describeImageSharePermission(AliyunCall call) {
        AliyunParams p = call.params();
        String imageId = EnsInput.imageId(p.required("ImageId"));
        // Strings in the ENS model, numbers all the same: bounds as decisions §3 give them.
        int pageNumber = p.integer("PageNumber", 1, 1, Integer.MAX_VALUE);
        int pageSize = p.integer("PageSize", 10, 1, 100);
        String aliyunId = p.optional("AliyunId");
        AccountId only = aliyunId == null ? null : EnsInput.account(aliyunId.strip(), "AliyunId");
        SharePage page = images.listShares(call.account(), Product.ENS, Product.NO_REGION, imageId,
                new PageRequest(pageNumber, pageSize), only);
        List<EnsResponses.Account> accounts = page.shares().items().stream()
                .map(s -> new EnsResponses.Account(s.account().id())).toList();
        return new EnsResponses.SharePermission(call.requestId(), imageId, page.shares().total(), pageNumber,
                pageSize, new EnsResponses.Accounts(accounts));
    }

    Object modifyImageSharePermission(AliyunCall call) {
        AliyunParams p = call.params();
        String imageId = EnsInput.imageId(p.required("ImageId"));
        List<AccountId> add = EnsInput.accounts(p.optional("AddAccounts"), "AddAccounts");
        List<AccountId> remove = EnsInput.oneAccount(p.optional("RemoveAccounts"), "RemoveAccounts");
        // More distinct accounts than an image may have can never fit: refuse before any lookup.
        if (add.size() > images.shareLimit(Product.ENS)) {
            throw errors.quotaExceeded();
        }
        images.modifyShares(call.account(), Product.ENS, Product.NO_REGION, imageId,
                new ShareChange(add, remove, null, false));
        return new EnsResponses.RequestOnly(call.requestId());
    }
}
