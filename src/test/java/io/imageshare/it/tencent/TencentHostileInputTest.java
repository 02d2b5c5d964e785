package io.imageshare.it.tencent;

import static io.imageshare.it.tencent.TencentFixtures.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.TencentFixtures.Tenant;
import io.imageshare.it.tencent.TencentHttp.Reply;
import io.imageshare.it.tencent.TencentHttp.Signer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input meant to break the server, correctly signed so that it reaches the dialect: each request gets
 * a Tencent error envelope (HTTP 200, Code, RequestId, no stack trace) or a correct success, and the
 * server keeps serving.
 */
class TencentHostileInputTest {
    private static final String SQL = "'; DROP TABLE image; --";
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

        Reply r = as(t).tc3Post("DescribeImages", "{\"ImageIds\":[\"" + imageId + "\"]}").assertSuccess();
        assertThat(r.json().path("Response").path("TotalCount").asInt()).isEqualTo(1);
    }

    private static Signer as(Tenant t) {
        return http.signedBy(t.keyId(), t.secret());
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void sqlMetacharactersAreOnlyData() {
        Tenant t = fx.tenant();
        String imageId = fx.image(t.id(), REGION);

        as(t).tc3Post("DescribeImageSharePermission", "{\"ImageId\":" + json(SQL) + "}")
                .assertError("InvalidImageId.Malformed");
        as(t).tc3Post("ModifyImageSharePermission", "{\"ImageId\":\"" + imageId + "\",\"AccountIds\":[" + json(SQL)
                + "],\"Permission\":\"SHARE\"}").assertError("InvalidAccountId.NotFound");
        Reply byName = as(t).tc3Post("DescribeImages", "{\"Filters\":[{\"Name\":\"image-name\",\"Values\":["
                + json(SQL) + "]}]}").assertSuccess();
        Reply created = as(t).tc3Post("CreateImage", "{\"ImageName\":" + json(SQL) + ",\"InstanceId\":\"ins-00000001\"}")
                .assertSuccess();
        Reply found = as(t).tc3Post("DescribeImages", "{\"Filters\":[{\"Name\":\"image-name\",\"Values\":[\"DROP TABLE\"]}]}")
                .assertSuccess();

        assertThat(byName.json().path("Response").path("TotalCount").asInt()).isZero();
        assertThat(found.json().path("Response").path("ImageSet").get(0).path("ImageId").asText())
                .isEqualTo(created.json().path("Response").path("ImageId").asText());
        assertThat(found.json().path("Response").path("ImageSet").get(0).path("ImageName").asText()).isEqualTo(SQL);
    }

    @Test
    void wildcardsInANameFilterMatchOnlyThemselves() {
        Tenant t = fx.tenant();
        fx.image(t.id(), REGION, "plain");
        fx.image(t.id(), REGION, "with_100%");

        Reply percent = as(t).tc3Post("DescribeImages", "{\"Filters\":[{\"Name\":\"image-name\",\"Values\":[\"%\"]}]}")
                .assertSuccess();
        Reply underscore = as(t).tc3Post("DescribeImages",
                "{\"Filters\":[{\"Name\":\"image-name\",\"Values\":[\"_\"]}]}").assertSuccess();

        assertThat(percent.json().path("Response").path("TotalCount").asInt()).isEqualTo(1);
        assertThat(underscore.json().path("Response").path("TotalCount").asInt()).isEqualTo(1);
    }

    @Test
    void unicodeIsData() {
        Tenant t = fx.tenant();
        String name = "镜像-✓-\uD83D\uDE80";

        Reply created = as(t).tc3Post("CreateImage", "{\"ImageName\":" + json(name) + ",\"InstanceId\":\"ins-00000001\"}")
                .assertSuccess();
        Reply listed = as(t).tc3Post("DescribeImages", "{\"ImageIds\":[\""
                + created.json().path("Response").path("ImageId").asText() + "\"]}").assertSuccess();

        assertThat(listed.json().path("Response").path("ImageSet").get(0).path("ImageName").asText()).isEqualTo(name);
    }

    @Test
    void invalidUtf8InAJsonBodyIsInvalidParameter() {
        Tenant t = fx.tenant();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"ImageId\":\"img-".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28});
        body.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));

        as(t).tc3("POST", "DescribeImageSharePermission", "", body.toByteArray(), "application/json")
                .assertError("InvalidParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3%28", "%FF", "%ED%A0%80", "a%00b"})
    void brokenEncodingOrNulInAQueryIsInvalidParameter(String bad) {
        // (An escape the HTTP layer cannot even parse, such as a lone %, is refused before any dialect is
        // known: docs/tencent.md.)
        Tenant t = fx.tenant();

        as(t).tc3Raw("GET", "DescribeImages", "Filters.0.Name=image-name&Filters.0.Values.0=" + bad, new byte[0],
                "application/x-www-form-urlencoded").assertError("InvalidParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3%28", "a%00b"})
    void brokenEncodingOrNulInAV1FormIsInvalidParameter(String bad) {
        Tenant t = fx.tenant();
        Map<String, String> params = as(t).v1Params("POST", "DescribeImages", Map.of());
        String body = TencentHttp.form(params) + "&InstanceType=" + bad;

        http.send("POST", "", body.getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Type", "application/x-www-form-urlencoded")).assertError("InvalidParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0001", "\\n", "\\r", "\\u001b", "\\u007f"})
    void controlCharactersInAValueAreInvalidParameterValueNamingIt(String escaped) {
        Tenant t = fx.tenant();

        Reply r = as(t).tc3Post("DescribeImageSharePermission", "{\"ImageId\":\"img-0000" + escaped + "000\"}")
                .assertError("InvalidParameterValue");

        assertThat(r.message()).contains("`ImageId`");
    }

    @Test
    void controlCharactersInAFlattenedValueAreInvalidParameterValue() {
        Tenant t = fx.tenant();

        as(t).v1("GET", "DescribeImageSharePermission", Map.of("ImageId", "img-0000\u0001000"))
                .assertError("InvalidParameterValue");
    }

    @Test
    void deeplyNestedJsonIsInvalidParameter() {
        Tenant t = fx.tenant();

        as(t).tc3Post("DescribeImages", "{\"ImageIds\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
                .assertError("InvalidParameter");
        as(t).tc3Post("DescribeImages", "[".repeat(100_000)).assertError("InvalidParameter");
    }

    @Test
    void aFlattenedNameDeeperThanAnyParameterIsUnknownParameter() {
        Tenant t = fx.tenant();

        as(t).tc3Get("DescribeImages", "a.b.c.d.e.f.g.h.i.j=1").assertError("UnknownParameter");
        as(t).tc3Get("DescribeImages", "Filters..Name=x").assertError("UnknownParameter");
    }

    @Test
    void aThousandListEntriesAreOnlyOverTheLimit() {
        Tenant t = fx.tenant();
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            ids.put("ImageIds." + i, String.format("img-%08d", i));
        }

        as(t).tc3Get("DescribeImages", TencentHttp.form(ids)).assertError("InvalidParameterValue.LimitExceeded");
    }

    @Test
    void aRequestTheHttpLayerRefusesAfterReadingItsHeadersStillGetsATencentEnvelope() {
        Reply r = http.raw("POST / HTTP/1.1\r\nHost: " + server.endpoint() + "\r\nX-TC-Action: DescribeImages\r\n"
                + "Content-Length: abc\r\nConnection: close\r\n\r\n", new byte[0]);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("Response").path("Error").path("Code").asText()).isEqualTo("InvalidParameter");
        assertThat(r.json().path("Response").path("RequestId").asText()).matches(CvmSdk.LOWER_UUID);
    }
}
