package io.imageshare.api.aliyun.swas;

import java.math.BigInteger;
import java.util.List;

/**
 * Simple Application Server response shapes (wire.md §6; api-reference C). Lists are bare arrays
 * ({@code "ImageShareUsers":[…]}): the SDK's models reject a wrapper object (wire.md §0.10).
 */
final class SwasResponses {
    private SwasResponses() {
    }

    record RequestOnly(String requestId) {
    }

    record ShareAccounts(String requestId, long totalCount, int pageNumber, int pageSize,
                         List<ImageShareUser> imageShareUsers) {
    }

    /** {@code UserId} is a JSON number (int64 in the SDKs), {@code SharedTime} {@code yyyy-MM-dd HH:mm:ss.S}. */
    record ImageShareUser(BigInteger userId, String sharedTime) {
    }

    record CustomImages(String requestId, long totalCount, int pageNumber, int pageSize,
                        List<CustomImage> customImages) {
    }

    /**
     * {@code InShare}: shared to ECS; {@code InShareUser}: shared with other accounts; {@code UserId}:
     * the owner; {@code Status} {@code "1"}: available.
     */
    record CustomImage(String imageId, String name, String description, boolean inShare, boolean inShareUser,
                       BigInteger userId, String status, String osType, String regionId, String creationTime,
                       int requiredSystemDiskSize, int requiredDataDiskSize, List<String> createInstances,
                       List<Tag> tags) {
    }

    record Tag(String key, String value) {
    }

    record Created(String requestId, String imageId) {
    }
}
