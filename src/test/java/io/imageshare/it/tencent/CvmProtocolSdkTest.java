package io.imageshare.it.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImagesRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeRegionsRequest;
import com.tencentcloudapi.common.Credential;
import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.CvmSdk.Signing;
import io.imageshare.it.tencent.TencentFixtures.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shared Tencent Cloud API 3.0 layer through the official SDK: credentials, region, language,
 * versions, actions and parameter checking, in every signing mode where the SDK can send the case.
 */
class CvmProtocolSdkTest {
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

    private static DescribeImageSharePermissionRequest describe(String imageId) {
        DescribeImageSharePermissionRequest r = new DescribeImageSharePermissionRequest();
        r.setImageId(imageId);
        return r;
    }

    private static TencentCloudSDKException describeFails(CvmClient client) {
        return CvmSdk.error(() -> client.DescribeImageSharePermission(describe("img-00000000")));
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aWrongSecretIsSignatureFailure(Signing signing) {
        Tenant t = fx.tenant();

        assertThat(describeFails(CvmSdk.client(server, t.keyId(), t.secret() + "x", signing)).getErrorCode())
                .isEqualTo("AuthFailure.SignatureFailure");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void anUnknownSecretIdIsSecretIdNotFound(Signing signing) {
        assertThat(describeFails(CvmSdk.client(server, "AKIDnobody", "secret", signing)).getErrorCode())
                .isEqualTo("AuthFailure.SecretIdNotFound");
    }

    @Test
    void anAlibabaCloudKeyDoesNotExistForTencentCloud() {
        assertThat(describeFails(CvmSdk.client(server, TencentFixtures.ALIYUN_KEY, TencentFixtures.ALIYUN_SECRET,
                Signing.TC3_POST)).getErrorCode()).isEqualTo("AuthFailure.SecretIdNotFound");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void temporaryCredentialsAreTokenFailure(Signing signing) {
        Tenant t = fx.tenant();
        CvmClient client = new CvmClient(new Credential(t.keyId(), t.secret(), "a-session-token"),
                TencentFixtures.REGION, CvmSdk.profile(server.endpoint(), signing, null));

        assertThat(describeFails(client).getErrorCode()).isEqualTo("AuthFailure.TokenFailure");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void anUnknownRegionIsUnsupportedRegion(Signing signing) {
        Tenant t = fx.tenant();

        assertThat(describeFails(CvmSdk.client(server, t.keyId(), t.secret(), signing, "xx-nowhere-1", null))
                .getErrorCode()).isEqualTo("UnsupportedRegion");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aRegionalActionWithoutRegionIsMissingParameterButDescribeRegionsNeedsNone(Signing signing) throws Exception {
        Tenant t = fx.tenant();
        CvmClient client = CvmSdk.client(server, t.keyId(), t.secret(), signing, "", null);

        TencentCloudSDKException e = describeFails(client);

        assertThat(e.getErrorCode()).isEqualTo("MissingParameter");
        assertThat(e.getMessage()).contains("Region");
        assertThat(client.DescribeRegions(new DescribeRegionsRequest()).getTotalCount()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void messagesAreChineseForZhCnAndEnglishForEnUsOrByDefault(Signing signing) {
        Tenant t = fx.tenant();

        TencentCloudSDKException zh = describeFails(
                CvmSdk.client(server, t.keyId(), t.secret(), signing, TencentFixtures.REGION, Language.ZH_CN));
        TencentCloudSDKException en = describeFails(
                CvmSdk.client(server, t.keyId(), t.secret(), signing, TencentFixtures.REGION, Language.EN_US));
        TencentCloudSDKException byDefault = describeFails(CvmSdk.client(server, t, signing));

        assertThat(zh.getErrorCode()).isEqualTo("InvalidImageId.NotFound");
        assertThat(zh.getMessage()).contains("未找到该镜像");
        assertThat(en.getErrorCode()).isEqualTo("InvalidImageId.NotFound");
        assertThat(en.getMessage()).contains("cannot be found").doesNotContain("未找到");
        assertThat(byDefault.getMessage()).isEqualTo(en.getMessage());
    }

    @Test
    void anAuthenticationFailureIsInTheRequestedLanguageToo() {
        TencentCloudSDKException e = describeFails(CvmSdk.client(server, "AKIDnobody", "secret", Signing.TC3_POST,
                TencentFixtures.REGION, Language.ZH_CN));

        assertThat(e.getErrorCode()).isEqualTo("AuthFailure.SecretIdNotFound");
        assertThat(e.getMessage()).contains("密钥不存在");
    }

    @Test
    void anUnknownVersionIsNoSuchVersion() {
        Tenant t = fx.tenant();

        assertThat(CvmSdk.error(() -> CvmSdk.call(server, t, "2099-01-01", "DescribeImages", "{}")).getErrorCode())
                .isEqualTo("NoSuchVersion");
    }

    @Test
    void anUnknownActionIsInvalidAction() {
        Tenant t = fx.tenant();

        assertThat(CvmSdk.error(() -> CvmSdk.call(server, t, "2017-03-12", "RunInstances", "{}")).getErrorCode())
                .isEqualTo("InvalidAction");
    }

    @Test
    void aParameterTheActionDoesNotDefineIsUnknownParameterNamingIt() {
        Tenant t = fx.tenant();

        TencentCloudSDKException top = CvmSdk.error(() -> CvmSdk.call(server, t, "2017-03-12",
                "DescribeImageSharePermission", "{\"ImageId\":\"img-00000000\",\"PageSize\":10}"));
        TencentCloudSDKException nested = CvmSdk.error(() -> CvmSdk.call(server, t, "2017-03-12",
                "DescribeImages", "{\"Filters\":[{\"Name\":\"image-type\",\"Values\":[\"PRIVATE_IMAGE\"],\"Op\":1}]}"));

        assertThat(top.getErrorCode()).isEqualTo("UnknownParameter");
        assertThat(top.getMessage()).contains("`PageSize`");
        assertThat(nested.getErrorCode()).isEqualTo("UnknownParameter");
        assertThat(nested.getMessage()).contains("`Filters.0.Op`");
    }

    @Test
    void aValueOfTheWrongTypeIsInvalidParameterNamingIt() {
        Tenant t = fx.tenant();

        TencentCloudSDKException number = CvmSdk.error(() -> CvmSdk.call(server, t, "2017-03-12",
                "DescribeImageSharePermission", "{\"ImageId\":12345678}"));
        TencentCloudSDKException list = CvmSdk.error(() -> CvmSdk.call(server, t, "2017-03-12",
                "ModifyImageSharePermission", "{\"ImageId\":\"img-00000000\",\"AccountIds\":\"100000000002\","
                        + "\"Permission\":\"SHARE\"}"));
        TencentCloudSDKException integer = CvmSdk.error(() -> CvmSdk.call(server, t, "2017-03-12",
                "DescribeImages", "{\"Limit\":\"ten\"}"));

        assertThat(number.getErrorCode()).isEqualTo("InvalidParameter");
        assertThat(number.getMessage()).contains("`ImageId`");
        assertThat(list.getErrorCode()).isEqualTo("InvalidParameter");
        assertThat(list.getMessage()).contains("`AccountIds`");
        assertThat(integer.getErrorCode()).isEqualTo("InvalidParameter");
        assertThat(integer.getMessage()).contains("`Limit`");
    }

    @Test
    void numbersSentAsStringsAreAccepted() throws Exception {
        Tenant t = fx.tenant();

        String answer = CvmSdk.call(server, t, "2017-03-12", "DescribeImages", "{\"Offset\":\"0\",\"Limit\":\"5\"}");

        assertThat(answer).contains("\"TotalCount\":0");
    }

    @Test
    void theSdkReachesTheServerThroughItsProxySettingWithServiceCvmInTheScope() throws Exception {
        Tenant t = fx.tenant();
        ClientProfile profile = CvmSdk.profile("cvm.tencentcloudapi.com", Signing.TC3_POST, null);
        profile.getHttpProfile().setProxyHost("127.0.0.1");
        profile.getHttpProfile().setProxyPort(server.port());
        CvmClient client = new CvmClient(new Credential(t.keyId(), t.secret()), TencentFixtures.REGION, profile);

        assertThat(client.DescribeImages(new DescribeImagesRequest()).getTotalCount()).isZero();
    }

    @Test
    void everySuccessCarriesAFreshLowerCaseRequestId() throws Exception {
        Tenant t = fx.tenant();
        CvmClient client = CvmSdk.client(server, t, Signing.TC3_POST);

        String first = client.DescribeImages(new DescribeImagesRequest()).getRequestId();
        String second = client.DescribeImages(new DescribeImagesRequest()).getRequestId();

        assertThat(first).matches(CvmSdk.LOWER_UUID);
        assertThat(second).matches(CvmSdk.LOWER_UUID).isNotEqualTo(first);
    }
}
