package io.imageshare.api.tencent.cvm;

import static io.imageshare.auth.AccessLevel.CREATE;
import static io.imageshare.auth.AccessLevel.DELETE;
import static io.imageshare.auth.AccessLevel.GET;
import static io.imageshare.auth.AccessLevel.LIST;
import static io.imageshare.auth.AccessLevel.UPDATE;

import io.imageshare.api.tencent.CamPermission;
import io.imageshare.api.tencent.Qcs;
import io.imageshare.api.tencent.TencentCall;
import io.imageshare.api.tencent.TencentCommonError;
import io.imageshare.api.tencent.TencentCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CVM's CAM table (api-reference F.2, Tencent's "resource-level permissions" page for CVM):
 * ModifyImageSharePermission and DeleteImages act on {@code image/<id>}; DescribeImageSharePermission,
 * DescribeImages and CreateImage on {@code image/*} (CreateImage also on its instance); DescribeRegions
 * on all resources. A denial answers {@code UnauthorizedOperation.PermissionDenied} where the action's
 * own error list has it (DescribeImages, in tencentcloud-sdk-go's cvm client), else the common
 * {@code AuthFailure.UnauthorizedOperation}.
 */
final class CvmPermissions {
    private static final TencentCode COMMON = TencentCommonError.UNAUTHORIZED_OPERATION;

    private CvmPermissions() {
    }

    static Map<String, CamPermission> table() {
        return Map.of(
                "DescribeImageSharePermission",
                new CamPermission("cvm:DescribeImageSharePermission", GET, CvmPermissions::anyImage, COMMON),
                "ModifyImageSharePermission", new CamPermission("cvm:ModifyImageSharePermission", UPDATE,
                        call -> List.of(image(call, call.params().string("ImageId"))), COMMON),
                "DescribeImages", new CamPermission("cvm:DescribeImages", LIST, CvmPermissions::anyImage,
                        CvmError.PERMISSION_DENIED),
                "DeleteImages", new CamPermission("cvm:DeleteImages", DELETE, CvmPermissions::listedImages, COMMON),
                "CreateImage", new CamPermission("cvm:CreateImage", CREATE, CvmPermissions::created, COMMON),
                "DescribeRegions", new CamPermission("cvm:DescribeRegions", LIST, Qcs::all, COMMON));
    }

    private static String image(TencentCall call, String id) {
        return Qcs.of("cvm", call, "image/" + (id == null ? "" : id));
    }

    private static List<String> anyImage(TencentCall call) {
        return List.of(Qcs.of("cvm", call, "image/*"));
    }

    private static List<String> listedImages(TencentCall call) {
        List<String> ids = call.params().strings("ImageIds");
        if (ids.isEmpty()) {
            return List.of(image(call, null));
        }
        List<String> resources = new ArrayList<>();
        ids.forEach(id -> resources.add(image(call, id)));
        return resources;
    }

    private static List<String> created(TencentCall call) {
        String instance = call.params().string("InstanceId");
        return instance == null ? anyImage(call)
                : List.of(Qcs.of("cvm", call, "image/*"), Qcs.of("cvm", call, "instance/" + instance));
    }
}
