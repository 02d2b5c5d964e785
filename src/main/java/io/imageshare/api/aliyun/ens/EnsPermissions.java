package io.imageshare.api.aliyun.ens;

import static io.imageshare.auth.AccessLevel.CREATE;
import static io.imageshare.auth.AccessLevel.GET;
import static io.imageshare.auth.AccessLevel.LIST;
import static io.imageshare.auth.AccessLevel.UPDATE;

import io.imageshare.api.aliyun.Arns;
import io.imageshare.api.aliyun.RamPermission;
import java.util.List;
import java.util.Map;

/**
 * ENS's RAM table (seed 003, api-reference F.1): ModifyImageSharePermission acts on
 * {@code acs:ens::{accountId}:image/{ImageId}} (ENS images have no region, so the segment is empty);
 * the others are authorised on all resources.
 */
final class EnsPermissions {
    private EnsPermissions() {
    }

    static Map<String, RamPermission> table() {
        return Map.of(
                "DescribeImageSharePermission", new RamPermission("ens:DescribeImageSharePermission", GET, Arns::all),
                "ModifyImageSharePermission", new RamPermission("ens:ModifyImageSharePermission", UPDATE,
                        call -> List.of(Arns.of("ens", "", call, "image/" + Arns.imageId(call)))),
                "DescribeImages", new RamPermission("ens:DescribeImages", LIST, Arns::all),
                "CreateImage", new RamPermission("ens:CreateImage", CREATE, Arns::all));
    }
}
