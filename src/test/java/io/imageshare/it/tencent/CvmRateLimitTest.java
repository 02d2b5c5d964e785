package io.imageshare.it.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImagesRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeRegionsRequest;
import io.imageshare.ImageShare;
import io.imageshare.http.ServerConfig;
import io.imageshare.it.TestBackend;
import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.CvmSdk.Signing;
import io.imageshare.it.tencent.TencentFixtures.Tenant;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * At most ten requests per second per account and action, through the real server on a clock the
 * test holds still and moves (the SDK signs with the real time, well within the five-minute window).
 */
class CvmRateLimitTest {
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.now());
    private static Path dir;
    private static ImageShare app;
    private static TencentFixtures fx;

    @BeforeAll
    static void start() {
        dir = TestServer.createTempDir();
        InstantSource clock = NOW::get;
        app = ImageShare.open(ImageShare.Settings.defaults(ServerConfig.of("127.0.0.1", 0), TestBackend.current().config(dir),
                dir.resolve("master.key")).withClock(clock)).serve();
        fx = new TencentFixtures(app);
    }

    @AfterAll
    static void stop() {
        app.close();
        TestServer.discard(dir);
    }

    private static CvmClient client(Tenant t) {
        return CvmSdk.client("127.0.0.1:" + app.port(), t.keyId(), t.secret(), Signing.TC3_POST,
                TencentFixtures.REGION, null);
    }

    private static int succeeded(CvmClient client, int calls) {
        int ok = 0;
        for (int i = 0; i < calls; i++) {
            try {
                client.DescribeImages(new DescribeImagesRequest());
                ok++;
            } catch (TencentCloudSDKException e) {
                assertThat(e.getErrorCode()).isEqualTo("RequestLimitExceeded");
            }
        }
        return ok;
    }

    @Test
    void theEleventhCallWithinASecondIsRequestLimitExceeded() {
        Tenant t = fx.tenant();
        CvmClient client = client(t);

        assertThat(succeeded(client, 10)).isEqualTo(10);
        TencentCloudSDKException e = CvmSdk.error(() -> client.DescribeImages(new DescribeImagesRequest()));

        assertThat(e.getErrorCode()).isEqualTo("RequestLimitExceeded");
        assertThat(e.getRequestId()).matches(CvmSdk.LOWER_UUID);
    }

    @Test
    void anotherActionAndAnotherAccountHaveTheirOwnAllowance() throws Exception {
        Tenant busy = fx.tenant();
        Tenant other = fx.tenant();
        CvmClient client = client(busy);
        succeeded(client, 11);

        assertThat(client.DescribeRegions(new DescribeRegionsRequest()).getTotalCount()).isPositive();
        assertThat(succeeded(client(other), 10)).isEqualTo(10);
    }

    @Test
    void aSecondLaterTenMoreCallsPass() {
        Tenant t = fx.tenant();
        CvmClient client = client(t);
        assertThat(succeeded(client, 11)).isEqualTo(10);

        NOW.updateAndGet(now -> now.plus(Duration.ofSeconds(1)));

        assertThat(succeeded(client, 11)).isEqualTo(10);
    }
}
