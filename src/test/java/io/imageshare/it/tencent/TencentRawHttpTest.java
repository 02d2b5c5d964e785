package io.imageshare.it.tencent;

import static io.imageshare.it.tencent.TencentFixtures.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.TencentFixtures.Tenant;
import io.imageshare.it.tencent.TencentHttp.Reply;
import io.imageshare.it.tencent.TencentHttp.Signer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests the SDK would never send: forged, expired, replayed, malformed, oversized. Each gets HTTP
 * 200 with a Tencent error envelope and a RequestId (the SDK reads nothing else), never a stack
 * trace, and the server keeps serving.
 */
class TencentRawHttpTest {
    private static TestServer server;
    private static TencentHttp http;
    private static TencentFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new TencentHttp(server);
        fx = new TencentFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void theServerStillAnswersAValidRequest() {
        Tenant t = fx.tenant();
        String imageId = fx.image(t.id(), REGION);

        http.signedBy(t.keyId(), t.secret()).tc3Post("DescribeImages", "{\"ImageIds\":[\"" + imageId + "\"]}")
                .assertSuccess();
    }

    private static Signer as(Tenant t) {
        return http.signedBy(t.keyId(), t.secret());
    }

    @Test
    void aForgedSignatureIsSignatureFailure() {
        Tenant t = fx.tenant();

        http.signedBy(t.keyId(), "not-the-secret").tc3Post("DescribeImages", "{}")
                .assertError("AuthFailure.SignatureFailure");
        http.signedBy(t.keyId(), "not-the-secret").v1("GET", "DescribeImages", Map.of())
                .assertError("AuthFailure.SignatureFailure");
    }

    @Test
    void aBodyChangedAfterSigningIsSignatureFailure() {
        Tenant t = fx.tenant();
        byte[] signed = "{\"Limit\":5}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = as(t).tc3Headers("POST", "DescribeImages", "", signed, "application/json");

        http.send("POST", "", "{\"Limit\":6}".getBytes(StandardCharsets.UTF_8), headers)
                .assertError("AuthFailure.SignatureFailure");
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayIsSignatureExpire() {
        Tenant t = fx.tenant();

        as(t).at(Instant.now().minusSeconds(330)).tc3Post("DescribeImages", "{}").assertError("AuthFailure.SignatureExpire");
        as(t).at(Instant.now().plusSeconds(330)).tc3Post("DescribeImages", "{}").assertError("AuthFailure.SignatureExpire");
        as(t).at(Instant.now().minusSeconds(330)).v1("POST", "DescribeImages", Map.of())
                .assertError("AuthFailure.SignatureExpire");
    }

    @Test
    void aReplayedV1NonceIsRefused() {
        Tenant t = fx.tenant();
        Map<String, String> nonce = Map.of("Nonce", "424242");

        as(t).v1("POST", "DescribeImages", nonce).assertSuccess();
        Reply replay = as(t).v1("POST", "DescribeImages", nonce).assertError("AuthFailure.SignatureFailure");

        assertThat(replay.message()).contains("Nonce");
    }

    @Test
    void noSignatureAtAllIsAnAuthorizationOrMissingParameterError() {
        http.send("POST", "", "{}".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json",
                "X-TC-Action", "DescribeImages", "X-TC-Version", "2017-03-12", "X-TC-Region", REGION,
                "X-TC-Timestamp", Long.toString(Instant.now().getEpochSecond())))
                .assertError("AuthFailure.InvalidAuthorization");
        http.send("GET", "Action=DescribeImages&Version=2017-03-12&Region=" + REGION + "&SecretId=AKIDx&Nonce=1"
                + "&Timestamp=" + Instant.now().getEpochSecond(), new byte[0], Map.of())
                .assertError("MissingParameter");
        http.send("POST", "", "{}".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json",
                "Authorization", "TC3-HMAC-SHA256 Credential=AKIDx/2026-01-01/cvm/tc3_request", "X-TC-Action",
                "DescribeImages", "X-TC-Version", "2017-03-12")).assertError("AuthFailure.InvalidAuthorization");
    }

    @Test
    void aMissingTimestampOrActionIsMissingParameterNamingIt() {
        Tenant t = fx.tenant();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> noTimestamp = new LinkedHashMap<>(as(t).tc3Headers("POST", "DescribeImages", "", body,
                "application/json"));
        noTimestamp.remove("X-TC-Timestamp");
        Map<String, String> noVersion = new LinkedHashMap<>(as(t).tc3Headers("POST", "DescribeImages", "", body,
                "application/json"));
        noVersion.remove("X-TC-Version");

        assertThat(http.send("POST", "", body, noTimestamp).assertError("MissingParameter").message())
                .contains("X-TC-Timestamp");
        assertThat(http.send("POST", "", body, noVersion).assertError("MissingParameter").message())
                .contains("X-TC-Version");
        assertThat(as(t).v1("GET", "", Map.of()).assertError("MissingParameter").message()).contains("Action");
    }

    @Test
    void anUnknownVersionOrActionGetsTheVendorsCodes() {
        Tenant t = fx.tenant();

        as(t).version("2099-01-01").tc3Post("DescribeImages", "{}").assertError("NoSuchVersion");
        as(t).tc3Post("RunInstances", "{}").assertError("InvalidAction");
        as(t).v1("GET", "DescribeInstances", Map.of()).assertError("InvalidAction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ImageId\":", "[1,2]", "\"img-00000000\"", "{\"ImageId\":\"img-00000000\"} x",
            "{\"ImageId\":\"img-00000000\",\"ImageId\":\"img-00000001\"}", "not json at all"})
    void aBodyThatIsNotOneJsonObjectIsInvalidParameter(String body) {
        Tenant t = fx.tenant();

        as(t).tc3Post("DescribeImageSharePermission", body).assertError("InvalidParameter");
    }

    @Test
    void aTc3PostMustCarryJsonAndNoQuery() {
        Tenant t = fx.tenant();
        byte[] form = "ImageId=img-00000000".getBytes(StandardCharsets.UTF_8);

        as(t).tc3("POST", "DescribeImageSharePermission", "", form, "application/x-www-form-urlencoded")
                .assertError("InvalidParameter");
        as(t).tc3("POST", "DescribeImageSharePermission", "ImageId=img-00000000", new byte[0], "application/json")
                .assertError("InvalidParameter");
    }

    @Test
    void unknownMissingAndWronglyTypedParametersAreNamed() {
        Tenant t = fx.tenant();

        assertThat(as(t).tc3Get("DescribeImages", "Foo=1").assertError("UnknownParameter").message()).contains("`Foo`");
        assertThat(as(t).v1("GET", "DescribeImages", Map.of("Filters.0.Name", "image-type", "Filters.0.Values.0",
                "PRIVATE_IMAGE", "Filters.0.Extra", "1")).assertError("UnknownParameter").message())
                .contains("`Filters.0.Extra`");
        assertThat(as(t).tc3Get("DescribeImages", "Limit=abc").assertError("InvalidParameter").message())
                .contains("`Limit`");
        assertThat(as(t).tc3Get("DescribeImages", "ImageIds=img-00000000").assertError("InvalidParameter").message())
                .contains("`ImageIds`");
        assertThat(as(t).tc3Get("ModifyImageSharePermission", "ImageId=img-00000000&Permission=SHARE")
                .assertError("MissingParameter").message()).contains("`AccountIds`");
        assertThat(as(t).tc3Post("DescribeImages", "{\"Filters\":{\"Name\":\"image-type\"}}")
                .assertError("InvalidParameter").message()).contains("`Filters`");
        assertThat(as(t).tc3Post("DeleteImages", "{\"ImageIds\":[\"img-00000000\"],\"DryRun\":\"maybe\"}")
                .assertError("InvalidParameter").message()).contains("`DryRun`");
    }

    @Test
    void listsAreReadWithAnyIndexesInTheirOrder() {
        Tenant t = fx.tenant();
        String imageId = fx.image(t.id(), REGION);
        String a = fx.account();
        String b = fx.account();

        // A 2018 document counted from 1: accepted, and the index order is kept.
        as(t).tc3Get("ModifyImageSharePermission", "AccountIds.2=" + b + "&AccountIds.1=" + a + "&ImageId=" + imageId
                + "&Permission=SHARE").assertSuccess();
        Reply listed = as(t).tc3Get("DescribeImageSharePermission", "ImageId=" + imageId).assertSuccess();

        assertThat(listed.json().path("Response").path("SharePermissionSet").findValuesAsText("AccountId"))
                .containsExactlyInAnyOrder(a, b);
        as(t).tc3Get("DescribeImages", "ImageIds.0=" + imageId + "&ImageIds.00=" + imageId)
                .assertError("InvalidParameter");
        as(t).tc3Get("DescribeImages", "ImageIds.0=" + imageId + "&ImageIds.x=" + imageId)
                .assertError("InvalidParameter");
        as(t).tc3Get("DescribeImages", "ImageIds.99999=" + imageId).assertError("InvalidParameter");
        as(t).tc3Get("DescribeImages", "ImageIds.0=a&ImageIds.0=b").assertError("InvalidParameter");
    }

    @Test
    void anOversizedBodyIsRequestSizeLimitExceeded() {
        Tenant t = fx.tenant();
        String big = "{\"ImageId\":\"" + "x".repeat(2 << 20) + "\"}";

        as(t).tc3Post("DescribeImageSharePermission", big).assertError("RequestSizeLimitExceeded");
    }

    @Test
    void anOverlongValueIsInvalidParameterValue() {
        Tenant t = fx.tenant();

        as(t).tc3Post("DescribeImageSharePermission", "{\"ImageId\":\"" + "x".repeat(5000) + "\"}")
                .assertError("InvalidParameterValue");
    }

    @Test
    void aMethodOtherThanGetOrPostIsUnsupportedProtocol() {
        Tenant t = fx.tenant();

        as(t).tc3("PUT", "DescribeImages", "", "{}".getBytes(StandardCharsets.UTF_8), "application/json")
                .assertError("UnsupportedProtocol");
        as(t).tc3("DELETE", "DescribeImages", "", new byte[0], "application/json").assertError("UnsupportedProtocol");
    }

    @Test
    void anUnknownLanguageIsInvalidParameterValueInEnglish() {
        Tenant t = fx.tenant();

        Reply r = as(t).header("X-TC-Language", "fr-FR").tc3Post("DescribeImages", "{}")
                .assertError("InvalidParameterValue");

        assertThat(r.message()).contains("X-TC-Language");
    }

    @Test
    void v1TakesItsLanguageFromTheLanguageParameter() {
        Tenant t = fx.tenant();

        Reply r = as(t).v1("GET", "DescribeImageSharePermission", Map.of("ImageId", "img-00000000",
                "Language", "zh-CN")).assertError("InvalidImageId.NotFound");

        assertThat(r.message()).contains("未找到该镜像");
    }
}
