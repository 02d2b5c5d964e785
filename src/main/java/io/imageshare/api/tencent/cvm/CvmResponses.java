package io.imageshare.api.tencent.cvm;

import io.imageshare.api.WireTimes;
import java.time.Instant;
import java.util.List;

/**
 * CVM response shapes (wire.md §6): bare arrays inside {@code Response}; the dialect adds the
 * RequestId. Components are written in upper camel case.
 */
final class CvmResponses {
    private CvmResponses() {
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC (decisions §4). */
    static String time(Instant instant) {
        return WireTimes.isoSeconds(instant);
    }

    record SharePermissions(List<SharePermission> sharePermissionSet) {
    }

    record SharePermission(String createdTime, String accountId) {
    }

    record Images(List<ImageItem> imageSet, long totalCount) {
    }

    record ImageItem(String imageId, String osName, String imageType, String createdTime, String imageName,
                     String imageDescription, long imageSize, String architecture, String imageState,
                     String platform, String imageCreator, String imageSource, long syncPercent,
                     boolean isSupportCloudinit, List<Object> snapshotSet, List<Object> tags, String licenseType,
                     String imageFamily, boolean imageDeprecated, String cdcCacheStatus) {
    }

    record Created(String imageId) {
    }

    record RegionsResponse(long totalCount, List<RegionInfo> regionSet) {
    }

    record RegionInfo(String region, String regionName, String regionState) {
    }
}
