package io.imageshare.api.aliyun.swas;

import static io.imageshare.auth.AccessLevel.CREATE;
import static io.imageshare.auth.AccessLevel.DELETE;
import static io.imageshare.auth.AccessLevel.LIST;
import static io.imageshare.auth.AccessLevel.NONE;
import static io.imageshare.auth.AccessLevel.UPDATE;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.Arns;
import io.imageshare.api.aliyun.RamPermission;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * SWAS's RAM table: the share actions act on the CustomImage resource
 * {@code acs:swas-open:{regionId}:{accountId}:customimage/{ImageId}} with access level "none", as
 * the vendor's pages for List/Add/RemoveCustomImageShareAccount(s) write it (seed 002; the notes'
 * api-reference F.1 had the ARN as unconfirmed).
 */
final class SwasPermissions {
    private SwasPermissions() {
    }

    static Map<String, RamPermission> table(AliyunRegions regions) {
        Function<AliyunCall, List<String>> image = Arns.byImageId("swas-open", "customimage", regions);
        Function<AliyunCall, List<String>> anyImage = Arns.everyOf("swas-open", "customimage", regions);
        return Map.of(
                "ListCustomImageShareAccounts",
                new RamPermission("swas-open:ListCustomImageShareAccounts", NONE, image),
                "AddCustomImageShareAccount", new RamPermission("swas-open:AddCustomImageShareAccount", NONE, image),
                "RemoveCustomImageShareAccount",
                new RamPermission("swas-open:RemoveCustomImageShareAccount", NONE, image),
                "ModifyImageShareStatus", new RamPermission("swas-open:ModifyImageShareStatus", UPDATE, image),
                "ListCustomImages", new RamPermission("swas-open:ListCustomImages", LIST, anyImage),
                "CreateCustomImage", new RamPermission("swas-open:CreateCustomImage", CREATE, anyImage),
                "DeleteCustomImage", new RamPermission("swas-open:DeleteCustomImage", DELETE, image));
    }
}
