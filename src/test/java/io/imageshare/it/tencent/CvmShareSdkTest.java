package io.imageshare.it.tencent;

import static io.imageshare.it.tencent.TencentFixtures.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.ModifyImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.SharePermission;
import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.CvmSdk.Signing;
import io.imageshare.it.tencent.TencentFixtures.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DescribeImageSharePermission and ModifyImageSharePermission through the official SDK. */
class CvmShareSdkTest {
    private static TestServer server;
    private static TencentFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new TencentFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ModifyImageSharePermissionRequest modify(String imageId, String permission, String... accounts) {
        ModifyImageSharePermissionRequest r = new ModifyImageSharePermissionRequest();
        r.setImageId(imageId);
        r.setPermission(permission);
        r.setAccountIds(accounts);
        return r;
    }

    private static DescribeImageSharePermissionRequest describe(String imageId) {
        DescribeImageSharePermissionRequest r = new DescribeImageSharePermissionRequest();
        r.setImageId(imageId);
        return r;
    }

    static List<String> recipients(CvmClient client, String imageId) throws TencentCloudSDKException {
        return Arrays.stream(client.DescribeImageSharePermission(describe(imageId)).getSharePermissionSet())
                .map(SharePermission::getAccountId).toList();
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void shareThenCancelInEverySigningMode(Signing signing) throws Exception {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        String a = fx.account();
        String b = fx.account();
        CvmClient client = CvmSdk.client(server, owner, signing);

        String requestId = client.ModifyImageSharePermission(modify(imageId, "SHARE", a, b)).getRequestId();
        List<String> shared = recipients(client, imageId);
        client.ModifyImageSharePermission(modify(imageId, "CANCEL", a));
        List<String> afterCancel = recipients(client, imageId);

        assertThat(requestId).matches(CvmSdk.LOWER_UUID);
        assertThat(shared).containsExactly(a, b);
        assertThat(afterCancel).containsExactly(b);
    }

    @Test
    void recipientsAreListedByShareTimeThenAccountWithTheirShareTime() throws Exception {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        String early = fx.account();
        String late = fx.account();
        String lateToo = fx.account();
        fx.share(imageId, List.of(late, lateToo), Instant.parse("2024-02-01T08:00:00Z"));
        fx.share(imageId, List.of(early), Instant.parse("2018-06-10T11:02:50.123Z"));

        SharePermission[] set = CvmSdk.client(server, owner, Signing.TC3_POST)
                .DescribeImageSharePermission(describe(imageId)).getSharePermissionSet();

        assertThat(set).extracting(SharePermission::getAccountId).containsExactly(early, late, lateToo);
        assertThat(set).extracting(SharePermission::getCreatedTime)
                .containsExactly("2018-06-10T11:02:50Z", "2024-02-01T08:00:00Z", "2024-02-01T08:00:00Z");
    }

    @Test
    void anImageSharedWithNobodyHasAnEmptySet() throws Exception {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);

        assertThat(CvmSdk.client(server, owner, Signing.TC3_POST).DescribeImageSharePermission(describe(imageId))
                .getSharePermissionSet()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void sharingWithAnExistingRecipientIsAccountAlreadyExistsAndChangesNothing(Signing signing) throws Exception {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        String existing = fx.account();
        String fresh = fx.account();
        fx.share(imageId, List.of(existing), Instant.parse("2024-01-01T00:00:00Z"));
        CvmClient client = CvmSdk.client(server, owner, signing);

        TencentCloudSDKException e = CvmSdk.error(() ->
                client.ModifyImageSharePermission(modify(imageId, "SHARE", fresh, existing)));

        assertThat(e.getErrorCode()).isEqualTo("FailedOperation.AccountAlreadyExists");
        assertThat(e.getRequestId()).matches(CvmSdk.LOWER_UUID);
        assertThat(recipients(client, imageId)).containsExactly(existing);
    }

    @Test
    void sharingWithYourselfIsInvalidAccountIsYourSelf() {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);

        assertThat(CvmSdk.error(() -> CvmSdk.client(server, owner, Signing.TC3_POST)
                .ModifyImageSharePermission(modify(imageId, "SHARE", owner.id()))).getErrorCode())
                .isEqualTo("InvalidAccountIs.YourSelf");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void anUnknownOrMalformedAccountIsInvalidAccountIdNotFound(Signing signing) {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        CvmClient client = CvmSdk.client(server, owner, signing);

        for (String account : List.of(TencentFixtures.unknownAccount(), "1234", "abc", TestServer.OWNER + "x")) {
            assertThat(CvmSdk.error(() -> client.ModifyImageSharePermission(modify(imageId, "SHARE", account)))
                    .getErrorCode()).as(account).isEqualTo("InvalidAccountId.NotFound");
        }
    }

    @Test
    void anAlibabaAccountIsNoRecipient() {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);

        // 1234567890123456 is an Alibaba Cloud account of the seed: the other namespace.
        assertThat(CvmSdk.error(() -> CvmSdk.client(server, owner, Signing.TC3_POST)
                .ModifyImageSharePermission(modify(imageId, "SHARE", TestServer.OWNER))).getErrorCode())
                .isEqualTo("InvalidAccountId.NotFound");
    }

    @Test
    void cancellingAnAccountThatHasNoShareSucceedsAndChangesNothing() throws Exception {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        String recipient = fx.account();
        fx.share(imageId, recipient);
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);

        client.ModifyImageSharePermission(modify(imageId, "CANCEL", fx.account(), TencentFixtures.unknownAccount()));

        assertThat(recipients(client, imageId)).containsExactly(recipient);
    }

    @Test
    void anotherAccountsImageIsImageNotBelongToAccountForListingAndChanging() {
        Tenant owner = fx.tenant();
        Tenant recipient = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        fx.share(imageId, recipient.id());
        CvmClient client = CvmSdk.client(server, recipient, Signing.TC3_POST);

        assertThat(CvmSdk.error(() -> client.DescribeImageSharePermission(describe(imageId))).getErrorCode())
                .isEqualTo("UnauthorizedOperation.ImageNotBelongToAccount");
        assertThat(CvmSdk.error(() -> client.ModifyImageSharePermission(modify(imageId, "SHARE", fx.account())))
                .getErrorCode()).isEqualTo("UnauthorizedOperation.ImageNotBelongToAccount");
    }

    @Test
    void anImageOfAnotherRegionOrNoImageIsInvalidImageIdNotFound() {
        Tenant owner = fx.tenant();
        String elsewhere = fx.image(owner.id(), "ap-shanghai");
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);

        assertThat(CvmSdk.error(() -> client.DescribeImageSharePermission(describe(elsewhere))).getErrorCode())
                .isEqualTo("InvalidImageId.NotFound");
        assertThat(CvmSdk.error(() -> client.DescribeImageSharePermission(describe("img-00000000"))).getErrorCode())
                .isEqualTo("InvalidImageId.NotFound");
        assertThat(CvmSdk.error(() -> client.ModifyImageSharePermission(modify("img-00000000", "SHARE",
                fx.account()))).getErrorCode()).isEqualTo("InvalidImageId.NotFound");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void anImageIdNotOfTheFormImgAndEightIsInvalidImageIdMalformed(Signing signing) {
        Tenant owner = fx.tenant();
        CvmClient client = CvmSdk.client(server, owner, signing);

        for (String id : List.of("img-1234567", "img-123456789", "img-ABCDEFGH", "m-bp1caf3yicx5jlfl0001", "")) {
            assertThat(CvmSdk.error(() -> client.DescribeImageSharePermission(describe(id))).getErrorCode())
                    .as(id).isEqualTo("InvalidImageId.Malformed");
        }
        assertThat(CvmSdk.error(() -> client.ModifyImageSharePermission(modify("img-1234567", "SHARE",
                fx.account()))).getErrorCode()).isEqualTo("InvalidImageId.Malformed");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aPermissionOtherThanShareOrCancelIsInvalidParameterValue(Signing signing) {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);

        TencentCloudSDKException e = CvmSdk.error(() -> CvmSdk.client(server, owner, signing)
                .ModifyImageSharePermission(modify(imageId, "share", fx.account())));

        assertThat(e.getErrorCode()).isEqualTo("InvalidParameterValue");
        assertThat(e.getMessage()).contains("Permission");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aMissingParameterIsMissingParameterNamingIt(Signing signing) {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        CvmClient client = CvmSdk.client(server, owner, signing);
        ModifyImageSharePermissionRequest noPermission = modify(imageId, null, fx.account());
        ModifyImageSharePermissionRequest noAccounts = modify(imageId, "SHARE");
        noAccounts.setAccountIds(null);

        TencentCloudSDKException permission = CvmSdk.error(() -> client.ModifyImageSharePermission(noPermission));
        TencentCloudSDKException accounts = CvmSdk.error(() -> client.ModifyImageSharePermission(noAccounts));
        TencentCloudSDKException image = CvmSdk.error(() ->
                client.DescribeImageSharePermission(new DescribeImageSharePermissionRequest()));

        assertThat(permission.getErrorCode()).isEqualTo("MissingParameter");
        assertThat(permission.getMessage()).contains("`Permission`");
        assertThat(accounts.getErrorCode()).isEqualTo("MissingParameter");
        assertThat(accounts.getMessage()).contains("`AccountIds`");
        assertThat(image.getErrorCode()).isEqualTo("MissingParameter");
        assertThat(image.getMessage()).contains("`ImageId`");
    }

    @Test
    void theFiveHundredAndFirstRecipientIsOverQuotaAndChangesNothing() throws Exception {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        fx.share(imageId, fx.accounts(499), Instant.parse("2024-01-01T00:00:00Z"));
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);
        String last = fx.account();
        String tooMany = fx.account();

        TencentCloudSDKException e = CvmSdk.error(() ->
                client.ModifyImageSharePermission(modify(imageId, "SHARE", last, tooMany)));
        client.ModifyImageSharePermission(modify(imageId, "SHARE", last));
        TencentCloudSDKException after = CvmSdk.error(() ->
                client.ModifyImageSharePermission(modify(imageId, "SHARE", tooMany)));

        assertThat(e.getErrorCode()).isEqualTo("OverQuota");
        assertThat(after.getErrorCode()).isEqualTo("OverQuota");
        assertThat(recipients(client, imageId)).hasSize(500).contains(last).doesNotContain(tooMany);
    }

    @Test
    void moreAccountsInOneRequestThanAnImageCanHaveIsInvalidParameterValueLimitExceeded() {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        String[] accounts = new String[501];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = Long.toString(800_000_000_000L + i);
        }

        assertThat(CvmSdk.error(() -> CvmSdk.client(server, owner, Signing.TC3_POST)
                .ModifyImageSharePermission(modify(imageId, "SHARE", accounts))).getErrorCode())
                .isEqualTo("InvalidParameterValue.LimitExceeded");
    }

    @Test
    void theLimitOfFiveHundredHoldsUnderConcurrentShareRequestsAndNoAddIsLost() throws Exception {
        Tenant owner = fx.tenant();
        String imageId = fx.image(owner.id(), REGION);
        fx.share(imageId, fx.accounts(480), Instant.parse("2024-01-01T00:00:00Z"));
        // Ten requests (the rate limit allows ten a second), five new accounts each: room for four of them.
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batches.add(fx.accounts(5));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (List<String> batch : batches) {
                CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);
                Callable<String> share = () -> {
                    go.await();
                    try {
                        client.ModifyImageSharePermission(modify(imageId, "SHARE", batch.toArray(String[]::new)));
                        return "OK";
                    } catch (TencentCloudSDKException e) {
                        return e.getErrorCode();
                    }
                };
                outcomes.add(pool.submit(share));
            }
            go.countDown();
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        List<String> listed = recipients(CvmSdk.client(server, owner, Signing.TC3_POST), imageId);

        assertThat(results).filteredOn("OK"::equals).hasSize(4);
        assertThat(results).filteredOn(r -> !r.equals("OK")).containsOnly("OverQuota");
        assertThat(listed).hasSize(500).doesNotHaveDuplicates();
        for (int i = 0; i < batches.size(); i++) {
            if (results.get(i).equals("OK")) {
                assertThat(listed).containsAll(batches.get(i));
            } else {
                assertThat(listed).doesNotContainAnyElementsOf(batches.get(i));
            }
        }
    }
}
