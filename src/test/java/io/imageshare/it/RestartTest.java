package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionResponseBody;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.aliyun.teaopenapi.models.Config;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A share acknowledged before a graceful stop is there after the restart. */
class RestartTest {

    static Client ownerClient(String endpoint) throws Exception {
        return new Client(new Config().setAccessKeyId(TestServer.OWNER_KEY).setAccessKeySecret(TestServer.OWNER_SECRET)
                .setRegionId("cn-hangzhou").setEndpoint(endpoint).setProtocol("HTTP"));
    }

    static List<String> recipients(Client client, String imageId) throws Exception {
        DescribeImageSharePermissionResponseBody body = client.describeImageSharePermission(
                new DescribeImageSharePermissionRequest().setRegionId("cn-hangzhou").setImageId(imageId)
                        .setPageSize(100)).getBody();
        return body.getAccounts().getAccount().stream()
                .map(DescribeImageSharePermissionResponseBody.DescribeImageSharePermissionResponseBodyAccountsAccount::getAliyunId)
                .toList();
    }

    @Test
    void shareSurvivesStopAndStart() throws Exception {
        Path dir = TestServer.createTempDir();
        try {
            TestServer first = TestServer.start(dir);
            ownerClient(first.endpoint()).modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                    .setRegionId("cn-hangzhou").setImageId(TestServer.PRIVATE_IMAGE)
                    .setAddAccount(List.of(TestServer.RECIPIENT_B)));
            first.stop();

            try (TestServer second = TestServer.start(dir)) {
                assertThat(recipients(ownerClient(second.endpoint()), TestServer.PRIVATE_IMAGE))
                        .containsExactly(TestServer.RECIPIENT_B);
                assertThat(recipients(ownerClient(second.endpoint()), TestServer.SHARED_IMAGE))
                        .as("seeding again on restart changes nothing")
                        .containsExactly(TestServer.RECIPIENT_A);
            }
        } finally {
            TestServer.discard(dir);
        }
    }
}
