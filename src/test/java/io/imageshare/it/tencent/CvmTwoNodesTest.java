package io.imageshare.it.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImagesRequest;
import io.imageshare.it.TestServer;
import io.imageshare.it.TwoNodes;
import io.imageshare.it.tencent.CvmSdk.Signing;
import io.imageshare.it.tencent.TencentFixtures.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database behave as one CVM service: a share made at one is listed by
 * the other, and the ten-a-second limit counts the requests of both nodes together. The nodes share
 * a clock the test holds still and moves, as in {@link CvmRateLimitTest}. Skipped, loudly, without
 * PostgreSQL.
 */
class CvmTwoNodesTest {
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.now());
    private static TwoNodes nodes;
    private static TestServer a;
    private static TestServer b;
    private static TencentFixtures fx;

    @BeforeAll
    static void start() {
        nodes = TwoNodes.start(settings -> settings.withClock(NOW::get));
        a = nodes.a();
        b = nodes.b();
        fx = new TencentFixtures(a);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static CvmClient client(TestServer node, Tenant t) {
        return CvmSdk.client(node, t, Signing.TC3_POST);
    }

    private static boolean passes(CvmClient client) {
        try {
            client.DescribeImages(new DescribeImagesRequest());
            return true;
        } catch (TencentCloudSDKException e) {
            assertThat(e.getErrorCode()).isEqualTo("RequestLimitExceeded");
            return false;
        }
    }

    @Test
    void aShareMadeThroughOneNodeIsListedByTheOther() throws Exception {
        Tenant owner = fx.tenant();
        String image = fx.image(owner.id(), TencentFixtures.REGION);
        String recipient = fx.account();

        client(a, owner).ModifyImageSharePermission(CvmShareSdkTest.modify(image, "SHARE", recipient));

        assertThat(CvmShareSdkTest.recipients(client(b, owner), image)).containsExactly(recipient);
    }

    @Test
    void theRateLimitCountsTheRequestsOfBothNodes() {
        Tenant t = fx.tenant();
        CvmClient[] nodes = {client(a, t), client(b, t)};
        int passed = 0;
        for (int i = 0; i < 16; i++) {
            passed += passes(nodes[i % 2]) ? 1 : 0;
        }
        NOW.updateAndGet(now -> now.plus(Duration.ofSeconds(1)));
        int passedASecondLater = 0;
        for (int i = 0; i < 16; i++) {
            passedASecondLater += passes(nodes[1 - i % 2]) ? 1 : 0;
        }

        assertThat(passed).isEqualTo(10);
        assertThat(passedASecondLater).isEqualTo(10);
    }
}
