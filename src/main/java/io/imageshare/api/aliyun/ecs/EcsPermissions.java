package io.imageshare.api.aliyun.ecs;

import static io.imageshare.auth.AccessLevel.CREATE;
import static io.imageshare.auth.AccessLevel.DELETE;
import static io.imageshare.auth.AccessLevel.GET;
import static io.imageshare.auth.AccessLevel.LIST;
import static io.imageshare.auth.AccessLevel.UPDATE;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.Arns;
import io.imageshare.api.aliyun.RamPermission;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * ECS's RAM table (api-reference F.1, the ECS API pages' "Authorization information"): the image
 * actions act on {@code acs:ecs:{regionId}:{accountId}:image/{imageId}}; listing and creating on
 * {@code image/*}; DescribeRegions on all resources.
 */
final class EcsPermissions {
    private EcsPermissions() {
    }

    static Map<String, RamPermission> table(AliyunRegions regions) {
        Function<AliyunCall, List<String>> image = Arns.byImageId("ecs", "image", regions);
        Function<AliyunCall, List<String>> anyImage = Arns.everyOf("ecs", "image", regions);
        return Map.of(
                "DescribeImageSharePermission", new RamPermission("ecs:DescribeImageSharePermission", GET, image),
                "ModifyImageSharePermission", new RamPermission("ecs:ModifyImageSharePermission", UPDATE, image),
                "ModifyImageShareGroupPermission",
                new RamPermission("ecs:ModifyImageShareGroupPermission", UPDATE, image),
                "DescribeImages", new RamPermission("ecs:DescribeImages", LIST, anyImage),
                "CreateImage", new RamPermission("ecs:CreateImage", CREATE, anyImage),
                "DeleteImage", new RamPermission("ecs:DeleteImage", DELETE, image),
                "DescribeRegions", new RamPermission("ecs:DescribeRegions", LIST, Arns::all));
    }
}
