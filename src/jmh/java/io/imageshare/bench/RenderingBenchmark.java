package io.imageshare.bench;

import io.imageshare.api.aliyun.AliyunFormat;
import io.imageshare.api.aliyun.ecs.EcsPermissionRenderer;
import io.imageshare.api.tencent.cvm.CvmPermissionRenderer;
import io.imageshare.core.SharePage;
import io.imageshare.http.ApiResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering DescribeImageSharePermission for a page of recipients: ECS in JSON and XML (a page holds
 * at most 100), CVM in JSON (no paging: every recipient, up to the 500 the quota allows).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderingBenchmark {
    private static final String REQUEST_ID = "5C0A0B2E-7D5B-4F6A-9E43-1E2F3A4B5C6D";

    @State(Scope.Benchmark)
    public static class EcsPage {
        @Param({"10", "100"})
        public int recipients;
        final EcsPermissionRenderer renderer = new EcsPermissionRenderer();
        SharePage page;

        @Setup
        public void setUp() {
            page = SamplePage.ecs(recipients);
        }
    }

    @State(Scope.Benchmark)
    public static class CvmPage {
        @Param({"10", "500"})
        public int recipients;
        final CvmPermissionRenderer renderer = new CvmPermissionRenderer();
        SharePage page;

        @Setup
        public void setUp() {
            page = SamplePage.cvm(recipients);
        }
    }

    @Benchmark
    public ApiResponse ecsJson(EcsPage ecs) {
        return ecs.renderer.render(REQUEST_ID, ecs.page, AliyunFormat.JSON);
    }

    @Benchmark
    public ApiResponse ecsXml(EcsPage ecs) {
        return ecs.renderer.render(REQUEST_ID, ecs.page, AliyunFormat.XML);
    }

    @Benchmark
    public ApiResponse cvmJson(CvmPage cvm) {
        return cvm.renderer.render(REQUEST_ID, cvm.page);
    }
}
