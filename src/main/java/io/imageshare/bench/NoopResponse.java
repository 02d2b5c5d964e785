package io.imageshare.bench;

import io.imageshare.api.RequestIds;
import io.imageshare.api.aliyun.AliyunFormat;
import io.imageshare.api.aliyun.ecs.EcsPermissionRenderer;
import io.imageshare.http.ApiResponse;
import java.util.Locale;

/**
 * What the no-op route answers: an ECS DescribeImageSharePermission JSON answer for an image with a
 * few recipients, rendered once by the ECS renderer. Measured beside the real endpoint it shows what
 * the HTTP stack alone costs for the same bytes.
 */
public final class NoopResponse {
    /** "A few recipients", and the same count as the bench fixture's describe image. */
    public static final int RECIPIENTS = 5;

    private NoopResponse() {
    }

    public static ApiResponse ecsDescribe() {
        // Shaped like a live request ID so the body has the live length.
        String requestId = RequestIds.next().toUpperCase(Locale.ROOT);
        return new EcsPermissionRenderer().render(requestId, SamplePage.ecs(RECIPIENTS), AliyunFormat.JSON);
    }
}
