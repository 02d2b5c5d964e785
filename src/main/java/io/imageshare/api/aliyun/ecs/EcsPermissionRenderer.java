package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.aliyun.AliyunFormat;
import io.imageshare.api.aliyun.AliyunRenderer;
import io.imageshare.core.PageRequest;
import io.imageshare.core.SharePage;
import io.imageshare.http.ApiResponse;

/**
 * The bytes ECS answers to DescribeImageSharePermission for a page of recipients, rendered by the same
 * code as a live request. The benchmarks use it for the no-op route (the real answer's bytes without
 * auth or store) and to time rendering alone.
 */
public final class EcsPermissionRenderer {
    private static final String ACTION = "DescribeImageSharePermission";
    private final AliyunRenderer renderer = new AliyunRenderer();

    public ApiResponse render(String requestId, SharePage page, AliyunFormat format) {
        PageRequest window = page.shares().request();
        int pageNumber = (int) (window.offset() / window.size()) + 1;
        return renderer.success(ACTION, EcsShareHandlers.permission(requestId, page.image().region(),
                page.image().id(), pageNumber, window.size(), page), format);
    }
}
