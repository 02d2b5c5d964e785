package io.imageshare.it.tencent;

import static io.imageshare.it.tencent.TencentFixtures.SEED_IMAGE;
import static io.imageshare.it.tencent.TencentFixtures.SEED_KEY;
import static io.imageshare.it.tencent.TencentFixtures.SEED_RECIPIENT;
import static io.imageshare.it.tencent.TencentFixtures.SEED_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImageSharePermissionResponse;
import com.tencentcloudapi.cvm.v20170312.models.SharePermission;
import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.CvmSdk.Signing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 004's sample, through the official SDK in every signing mode, against the seeded server. */
class CvmSeedSampleTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void describeImageSharePermissionListsTheSeededRecipient(Signing signing) throws Exception {
        DescribeImageSharePermissionRequest request = new DescribeImageSharePermissionRequest();
        request.setImageId(SEED_IMAGE);

        DescribeImageSharePermissionResponse response = CvmSdk.client(server, SEED_KEY, SEED_SECRET, signing)
                .DescribeImageSharePermission(request);

        assertThat(response.getSharePermissionSet()).extracting(SharePermission::getAccountId)
                .containsExactly(SEED_RECIPIENT);
        assertThat(response.getSharePermissionSet()[0].getCreatedTime())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(response.getRequestId()).matches(CvmSdk.LOWER_UUID);
    }

    @Test
    void theAnswerHasTheDocumentedShape() {
        TencentHttp.Reply reply = new TencentHttp(server).signedBy(SEED_KEY, SEED_SECRET)
                .tc3Post("DescribeImageSharePermission", "{\"ImageId\":\"" + SEED_IMAGE + "\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode response = reply.json().path("Response");
        assertThat(response.size()).isEqualTo(2);
        assertThat(response.path("SharePermissionSet").isArray()).isTrue();
        JsonNode share = response.path("SharePermissionSet").get(0);
        assertThat(share.path("AccountId").isTextual()).isTrue();
        assertThat(share.path("AccountId").asText()).isEqualTo(SEED_RECIPIENT);
        assertThat(share.path("CreatedTime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(response.path("RequestId").asText()).matches(CvmSdk.LOWER_UUID);
    }
}
