package io.imageshare.core;

import java.time.Instant;

/**
 * A custom image. {@code shareCount} is the number of accounts it is shared with, kept by the store
 * in the same transaction as the shares. {@code sharedToEcs} is the Simple Application Server switch
 * that shows a SWAS image in the same account's ECS image list.
 */
public record Image(
        Product product,
        String id,
        String region,
        AccountId owner,
        String name,
        String description,
        String status,
        String osType,
        String platform,
        String architecture,
        int sizeGiB,
        boolean isPublic,
        boolean sharedToEcs,
        int shareCount,
        Instant createdAt) {

    public static final String AVAILABLE = "Available";

    public Image withPublic(boolean value) {
        return new Image(product, id, region, owner, name, description, status, osType, platform,
                architecture, sizeGiB, value, sharedToEcs, shareCount, createdAt);
    }

    public Image withSharedToEcs(boolean value) {
        return new Image(product, id, region, owner, name, description, status, osType, platform,
                architecture, sizeGiB, isPublic, value, shareCount, createdAt);
    }

    public Image withShareCount(int value) {
        return new Image(product, id, region, owner, name, description, status, osType, platform,
                architecture, sizeGiB, isPublic, sharedToEcs, value, createdAt);
    }
}
