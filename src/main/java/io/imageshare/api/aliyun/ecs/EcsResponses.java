package io.imageshare.api.aliyun.ecs;

import java.util.List;

/**
 * ECS response shapes (wire.md §6). Components are written in upper camel case; wrapper records
 * give the vendor's {@code "Accounts":{"Account":[…]}} nesting.
 */
final class EcsResponses {
    private EcsResponses() {
    }

    record RequestOnly(String requestId) {
    }

    record SharePermission(String requestId, String regionId, String imageId, long totalCount, int pageNumber,
                           int pageSize, ShareGroups shareGroups, Accounts accounts) {
    }

    record ShareGroups(List<ShareGroup> shareGroup) {
    }

    record ShareGroup(String group) {
    }

    record Accounts(List<Account> account) {
    }

    record Account(String aliyunId, String sharedTime) {
    }

    record Images(String requestId, String regionId, long totalCount, int pageNumber, int pageSize,
                  ImageList images) {
    }

    record ImageList(List<ImageItem> image) {
    }

    record ImageItem(String imageId, String imageName, String imageOwnerAlias, long imageOwnerId,
                     String description, String status, String progress, String creationTime, int size,
                     String OSType, String OSName, String OSNameEn, String platform, String architecture,
                     String usage, String isSelfShared, boolean isPublic, boolean isCopied,
                     boolean isSubscribed, boolean isSupportCloudinit, boolean isSupportIoOptimized,
                     String productCode, String imageFamily, String bootMode) {
    }

    record Created(String requestId, String imageId) {
    }

    record RegionsResponse(String requestId, RegionList regions) {
    }

    record RegionList(List<RegionItem> region) {
    }

    record RegionItem(String regionId, String localName, String regionEndpoint, String status) {
    }
}
