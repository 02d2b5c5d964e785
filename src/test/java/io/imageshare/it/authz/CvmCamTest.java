package io.imageshare.it.authz;

import static io.imageshare.it.authz.SubUsers.cam;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImagesRequest;
import com.tencentcloudapi.cvm.v20170312.models.ModifyImageSharePermissionRequest;
import io.imageshare.core.AccountId;
import io.imageshare.core.Product;
import io.imageshare.it.authz.SubUsers.Key;
import io.imageshare.it.tencent.CvmSdk;
import io.imageshare.it.tencent.CvmSdk.Signing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CAM policies of CVM sub-users, through the official Tencent Cloud SDK in each of its signing modes. */
class CvmCamTest extends ServerWithSubUsers {
    private static final String REGION = "ap-guangzhou";
    private Key owner;
    private String image;
    private String neighbour;

    @BeforeEach
    void ownerWithTwoImages() {
        owner = subUsers.root(true);
        image = subUsers.image(owner.account(), Product.CVM, REGION);
        neighbour = subUsers.image(owner.account(), Product.CVM, REGION);
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aSubUserSharesOnlyTheImageItsPolicyNames(Signing signing) throws Exception {
        Key bot = subUsers.user(owner.account(), cam("allow", "[\"name/cvm:ModifyImageSharePermission\"]",
                "[\"qcs::cvm:" + REGION + ":uin/" + owner.id() + ":image/" + image + "\"]"),
                cam("allow", "\"name/cvm:DescribeImageSharePermission\"", "\"qcs::cvm:*:uin/" + owner.id() + ":image/*\""));
        AccountId recipient = subUsers.recipient(owner.account());
        CvmClient client = client(bot, signing);

        client.ModifyImageSharePermission(modify(image, recipient));
        TencentCloudSDKException e = CvmSdk.error(() -> client.ModifyImageSharePermission(modify(neighbour, recipient)));

        assertThat(client.DescribeImageSharePermission(describe(image)).getSharePermissionSet()).hasSize(1);
        assertUnauthorized(e, "AuthFailure.UnauthorizedOperation", "cvm:ModifyImageSharePermission",
                "qcs::cvm:" + REGION + ":uin/" + owner.id() + ":image/" + neighbour);
        assertThat(subUsers.sharedWith(Product.CVM, owner.account(), REGION, neighbour)).isEmpty();
    }

    @Test
    void withoutAnAllowEachActionAnswersItsOwnCode() {
        Key bot = subUsers.user(owner.account(), cam("allow", "\"name/cvm:DescribeRegions\"", "\"*\""));
        CvmClient client = client(bot, Signing.TC3_POST);

        assertUnauthorized(CvmSdk.error(() -> client.DescribeImageSharePermission(describe(image))),
                "AuthFailure.UnauthorizedOperation", "cvm:DescribeImageSharePermission",
                "qcs::cvm:" + REGION + ":uin/" + owner.id() + ":image/*");
        // DescribeImages lists UnauthorizedOperation.PermissionDenied among its errors (tencentcloud-sdk-go).
        assertUnauthorized(CvmSdk.error(() -> client.DescribeImages(new DescribeImagesRequest())),
                "UnauthorizedOperation.PermissionDenied", "cvm:DescribeImages",
                "qcs::cvm:" + REGION + ":uin/" + owner.id() + ":image/*");
    }

    @Test
    void anExplicitDenyWinsAndWildcardsMatch() throws Exception {
        Key bot = subUsers.user(owner.account(), cam("allow", "\"name/cvm:*\"", "\"*\""),
                cam("deny", "\"name/cvm:Modify*\"", "\"qcs::cvm:*:*:image/*\""));
        CvmClient client = client(bot, Signing.V1_HMAC_SHA256_POST);

        assertThat(client.DescribeImageSharePermission(describe(image)).getSharePermissionSet()).isEmpty();
        assertUnauthorized(CvmSdk.error(() -> client.ModifyImageSharePermission(
                modify(image, subUsers.recipient(owner.account())))), "AuthFailure.UnauthorizedOperation",
                "cvm:ModifyImageSharePermission", "qcs::cvm:" + REGION + ":uin/" + owner.id() + ":image/" + image);
    }

    @Test
    void ipAndRegionConditions() throws Exception {
        String describeOnly = "\"name/cvm:DescribeImageSharePermission\"";
        Key loopback = subUsers.user(owner.account(), cam("allow", describeOnly, "\"*\"",
                "{\"ip_equal\":{\"qcs:ip\":[\"127.0.0.0/8\",\"::1\"]},\"string_equal\":{\"cvm:region\":\"" + REGION
                        + "\"}}"));
        Key office = subUsers.user(owner.account(), cam("allow", describeOnly, "\"*\"",
                "{\"ip_equal\":{\"qcs:ip\":\"10.0.0.0/8\"}}"));
        Key otherRegion = subUsers.user(owner.account(), cam("allow", describeOnly, "\"*\"",
                "{\"string_equal\":{\"cvm:region\":\"ap-shanghai\"}}"));

        assertThat(client(loopback, Signing.TC3_GET).DescribeImageSharePermission(describe(image))
                .getSharePermissionSet()).isEmpty();
        for (Key refused : new Key[] {office, otherRegion}) {
            assertThat(CvmSdk.error(() -> client(refused, Signing.TC3_POST).DescribeImageSharePermission(
                    describe(image))).getErrorCode()).isEqualTo("AuthFailure.UnauthorizedOperation");
        }
    }

    @Test
    void anAllowForEverythingStillReachesNoOtherAccountsImage() {
        Key bot = subUsers.user(owner.account(), cam("allow", "\"*\"", "\"*\""));
        Key other = subUsers.root(true);
        String foreign = subUsers.image(other.account(), Product.CVM, REGION);

        TencentCloudSDKException e = CvmSdk.error(() -> client(bot, Signing.TC3_POST).ModifyImageSharePermission(
                modify(foreign, subUsers.recipient(owner.account()))));

        assertThat(e.getErrorCode()).isNotEqualTo("AuthFailure.UnauthorizedOperation");
        assertThat(subUsers.sharedWith(Product.CVM, other.account(), REGION, foreign)).isEmpty();
    }

    private static void assertUnauthorized(TencentCloudSDKException e, String code, String action, String resource) {
        assertThat(e.getErrorCode()).isEqualTo(code);
        assertThat(e.getRequestId()).matches(CvmSdk.LOWER_UUID);
        assertThat(e.getMessage()).contains("[request id:" + e.getRequestId() + "]you are not authorized to perform "
                + "operation (" + action + ")\nresource (" + resource + ") has no permission\n");
    }

    private static CvmClient client(Key key, Signing signing) {
        return CvmSdk.client(server.endpoint(), key.keyId(), key.secret(), signing, REGION, null);
    }

    private static DescribeImageSharePermissionRequest describe(String imageId) {
        DescribeImageSharePermissionRequest r = new DescribeImageSharePermissionRequest();
        r.setImageId(imageId);
        return r;
    }

    private static ModifyImageSharePermissionRequest modify(String imageId, AccountId recipient) {
        ModifyImageSharePermissionRequest r = new ModifyImageSharePermissionRequest();
        r.setImageId(imageId);
        r.setPermission("SHARE");
        r.setAccountIds(new String[] {recipient.id()});
        return r;
    }
}
