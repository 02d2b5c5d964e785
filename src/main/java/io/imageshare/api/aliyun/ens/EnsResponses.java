package io.imageshare.api.aliyun.ens;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * ENS response shapes (wire.md §6; api-reference B.1, B.3). Components are written in upper camel
 * case; wrapper records give the vendor's {@code "Accounts":{"Account":[…]}} nesting.
 */
final class EnsResponses {
    private EnsResponses() {
    }

    record RequestOnly(String requestId) {
    }

    /** No RegionId, no SharedTime: ENS shares carry neither. */
    record SharePermission(String requestId, String imageId, long totalCount, int pageNumber, int pageSize,
                           Accounts accounts) {
    }

    record Accounts(List<Account> account) {
    }

    /** {@code AliyunUid}, not ECS's {@code AliyunId} (api-reference H.4). */
    record Account(String aliyunUid) {
    }

    /** {@code Code} 0 means success in ENS image answers. */
    record Images(String requestId, int code, long totalCount, int pageNumber, int pageSize, ImageList images) {
    }

    record ImageList(List<ImageItem> image) {
    }

    record ImageItem(String imageId, String imageName, String imageOwnerAlias, String imageSize, String platform,
                     String architecture, String creationTime, String regionId, String snapshotId,
                     DiskDeviceMappings diskDeviceMappings) {
    }

    record DiskDeviceMappings(List<DiskDeviceMapping> diskDeviceMapping) {
    }

    /** The vendor spells this one field {@code imageId}, in lower camel case. */
    record DiskDeviceMapping(String format, String size, String type, @JsonProperty("imageId") String imageId) {
    }

    record Created(String requestId, int code, String imageId) {
    }
}
