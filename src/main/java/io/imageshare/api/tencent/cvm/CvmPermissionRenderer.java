package io.imageshare.api.tencent.cvm;

import io.imageshare.api.tencent.TencentRenderer;
import io.imageshare.core.SharePage;
import io.imageshare.http.ApiResponse;

/**
 * The bytes CVM answers to DescribeImageSharePermission for an image's recipients, rendered by the
 * same code as a live request: for the rendering benchmark, which has no database.
 */
public final class CvmPermissionRenderer {
    private final TencentRenderer renderer = new TencentRenderer();

    public ApiResponse render(String requestId, SharePage page) {
        return renderer.success(CvmShareHandlers.permissions(page), requestId);
    }
}
