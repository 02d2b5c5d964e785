package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.SharePermission;
import io.imageshare.testing.Nginx;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The repository's nginx configuration (deploy/nginx/imageshare.conf), unchanged but for its ports,
 * in front of two nodes on one PostgreSQL database, with the official SDKs as clients: signatures
 * that cover the Host header verify through the proxy, and when a node stops the other answers.
 * Skipped, loudly, without nginx or PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxTwoNodesTest {
    private static TwoNodes nodes;
    private static Nginx nginx;

    @BeforeAll
    static void start() throws Exception {
        Nginx.assumeInstalled();
        nodes = TwoNodes.start(settings -> settings);
        nginx = Nginx.start(Path.of("deploy/nginx/imageshare.conf"), nodes.a().port(), nodes.b().port());
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    private static CvmClient tencent() {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(nginx.endpoint());
        http.setProtocol("http://");
        // TC3-HMAC-SHA256 over POST: its canonical request includes the host header with the port.
        return new CvmClient(new Credential("AKIDExampleTencentKey01", "tencent-secret"), "ap-guangzhou",
                new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    private static List<String> tencentRecipients() throws Exception {
        DescribeImageSharePermissionRequest r = new DescribeImageSharePermissionRequest();
        r.setImageId("img-6pb6lrmy");
        return Arrays.stream(tencent().DescribeImageSharePermission(r).getSharePermissionSet())
                .map(SharePermission::getAccountId).toList();
    }

    @Test
    @Order(1)
    void everySigningSchemeVerifiesThroughTheProxy() throws Exception {
        Client acs3 = Clients.tea(nginx.endpoint(), TestServer.OWNER_KEY, TestServer.OWNER_SECRET,
                Clients.TeaMode.ACS3);
        Client rpc = Clients.tea(nginx.endpoint(), TestServer.OWNER_KEY, TestServer.OWNER_SECRET,
                Clients.TeaMode.RPC_V1);

        // Several rounds, so that round-robin sends each kind of request to both nodes.
        for (int i = 0; i < 4; i++) {
            acs3.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId("cn-hangzhou")
                    .setImageId(TestServer.PRIVATE_IMAGE).setAddAccount(List.of(TestServer.RECIPIENT_B)));
            assertThat(RestartTest.recipients(rpc, TestServer.PRIVATE_IMAGE)).containsExactly(TestServer.RECIPIENT_B);
            assertThat(tencentRecipients()).containsExactly("100000000002");
        }
    }

    @Test
    @Order(2)
    void whenANodeStopsTheOtherAnswersEveryRequest() throws Exception {
        nodes.a().stop();
        Client rpc = Clients.tea(nginx.endpoint(), TestServer.OWNER_KEY, TestServer.OWNER_SECRET,
                Clients.TeaMode.RPC_V1);

        for (int i = 0; i < 6; i++) {
            assertThat(RestartTest.recipients(rpc, TestServer.SHARED_IMAGE)).containsExactly(TestServer.RECIPIENT_A);
            assertThat(tencentRecipients()).containsExactly("100000000002");
        }
    }
}
