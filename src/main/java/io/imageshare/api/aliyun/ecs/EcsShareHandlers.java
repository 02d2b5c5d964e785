package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.WireTimes;
import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunCommonError;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.ParamErrors;
import io.imageshare.core.AccountId;
import io.imageshare.core.ImageService;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.ShareChange;
import io.imageshare.core.SharePage;
import io.imageshare.http.ApiRequest;
import java.util.List;

/** DescribeImageSharePermission, ModifyImageSharePermission and ModifyImageShareGroupPermission. */
final class EcsShareHandlers {
    private static final String GROUP_ALL = "all";
    /** Seed 000 documents MissingParameter for this action with the vendor's odd spacing. */
    private static final ParamErrors DESCRIBE_ERRORS = new ParamErrors() {
        @Override
        public AliyunException missing(String name) {
            return AliyunException.withMessage(AliyunCommonError.MISSING_PARAMETER, "The input parameter \""
                    + name + " \"that is mandatory for processing this request is not supplied.");
        }

        @Override
        public AliyunException invalid(String name) {
            return ParamErrors.STANDARD.invalid(name);
        }
    };
    private final ImageService images;
    private final AliyunRegions regions;

    EcsShareHandlers(ImageService images, AliyunRegions regions) {
        this.images = images;
        this.regions = regions;
    }

    /** DescribeImageSharePermission's own parameters, checked. */
    record DescribeQuery(String imageId, int pageNumber, int pageSize) {
        static DescribeQuery of(AliyunParams p) {
            return new DescribeQuery(EcsInput.imageId(p.required("ImageId")),
                    p.integer("PageNumber", 1, 1, Integer.MAX_VALUE), p.integer("PageSize", 10, 1, 100));
        }
    }

    Object describeImageSharePermission(AliyunCall call) {
        AliyunParams p = describeParams(call.request());
        String region = regions.resolve(withParams(call, p));
        DescribeQuery q = DescribeQuery.of(p);
        SharePage page = images.listShares(call.account(), Product.ECS, region, q.imageId(),
                new PageRequest(q.pageNumber(), q.pageSize()), null);
        return permission(call.requestId(), region, q.imageId(), q.pageNumber(), q.pageSize(), page);
    }

    static AliyunParams describeParams(ApiRequest request) {
        return new AliyunParams(request.params(), DESCRIBE_ERRORS);
    }

    /** The answer to DescribeImageSharePermission for one page of an image's recipients. */
    static EcsResponses.SharePermission permission(String requestId, String region, String imageId, int pageNumber,
                                                   int pageSize, SharePage page) {
        List<EcsResponses.Account> accounts = page.shares().items().stream()
                .map(s -> new EcsResponses.Account(s.account().id(),
                        WireTimes.isoSeconds(s.sharedAt())))
                .toList();
        List<EcsResponses.ShareGroup> groups = page.image().isPublic()
                ? List.of(new EcsResponses.ShareGroup(GROUP_ALL)) : List.of();
        return new EcsResponses.SharePermission(requestId, region, imageId, page.shares().total(),
                pageNumber, pageSize, new EcsResponses.ShareGroups(groups), new EcsResponses.Accounts(accounts));
    }

    Object modifyImageSharePermission(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = EcsInput.imageId(p.required("ImageId"));
        List<AccountId> add = EcsInput.accounts(p.list("AddAccount"));
        List<AccountId> remove = EcsInput.accounts(p.list("RemoveAccount"));
        Boolean isPublic = p.bool("IsPublic");
        if (p.optional("LaunchPermission") != null) {
            throw AliyunException.of(add.isEmpty() && remove.isEmpty()
                    ? EcsError.LAUNCH_PERMISSION_FORBIDDEN : EcsError.LAUNCH_PERMISSION_UNNECESSARY);
        }
        if (Boolean.TRUE.equals(p.bool("DryRun"))) {
            images.ownImage(call.account(), Product.ECS, region, imageId);
            throw EcsApi.dryRunPassed();
        }
        images.modifyShares(call.account(), Product.ECS, region, imageId,
                new ShareChange(add, remove, isPublic, false));
        return new EcsResponses.RequestOnly(call.requestId());
    }

    Object modifyImageShareGroupPermission(AliyunCall call) {
        AliyunParams p = call.params();
        String region = regions.resolve(call);
        String imageId = EcsInput.imageId(p.required("ImageId"));
        boolean add = groupAll(p.list("AddGroup"));
        boolean remove = groupAll(p.list("RemoveGroup"));
        if (add && remove) {
            throw AliyunException.of(EcsError.GROUP_CONFLICT);
        }
        Boolean makePublic = add ? Boolean.TRUE : remove ? Boolean.FALSE : null;
        images.modifyShares(call.account(), Product.ECS, region, imageId,
                new ShareChange(List.of(), List.of(), makePublic, false));
        return new EcsResponses.RequestOnly(call.requestId());
    }

    /** True when the list names the group {@code all}; any other group is malformed. */
    private static boolean groupAll(List<String> groups) {
        for (String g : groups) {
            if (!g.equals(GROUP_ALL)) {
                throw AliyunException.of(EcsError.GROUP_MALFORMED);
            }
        }
        return !groups.isEmpty();
    }

    private static AliyunCall withParams(AliyunCall call, AliyunParams p) {
        return new AliyunCall(call.request(), call.requestId(), call.action(), call.caller(), p,
                call.regionFromSignature());
    }
}
