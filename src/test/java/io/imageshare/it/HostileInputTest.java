package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.imageshare.it.Fixtures.Tenant;
import io.imageshare.it.RawHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input meant to break the server. Each request gets a documented Alibaba error (4xx with Code and
 * RequestId, no stack trace) or a correct success, and after each test the server still answers a
 * valid request.
 */
class HostileInputTest {
    private static final String SQL = "'; DROP TABLE image; --";
    private static TestServer server;
    private static RawHttp http;
    private static Fixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new RawHttp(server);
        fx = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void theServerStillAnswersAValidRequest() {
        Reply r = http.get(sample().encoded("GET"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("Accounts").path("Account").get(0).path("AliyunId").asText())
                .isEqualTo(TestServer.RECIPIENT_A);
    }

    private static RpcSigner sample() {
        return RpcSigner.owner("DescribeImageSharePermission").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageId", TestServer.SHARED_IMAGE);
    }

    @Test
    void sqlMetacharactersAreOnlyData() {
        Reply describe = http.get(RpcSigner.owner("DescribeImageSharePermission").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageId", SQL).encoded("GET"));
        Reply byName = http.get(RpcSigner.owner("DescribeImages").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageName", SQL).encoded("GET"));
        Reply byId = http.get(RpcSigner.owner("DescribeImages").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageId", SQL + "," + TestServer.PRIVATE_IMAGE)
                .encoded("GET"));
        Reply create = http.get(RpcSigner.owner("CreateImage").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("InstanceId", "i-1").param("ImageName", SQL)
                .encoded("GET"));
        Reply share = http.get(RpcSigner.owner("ModifyImageSharePermission").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageId", TestServer.PRIVATE_IMAGE)
                .param("AddAccount.1", SQL).encoded("GET"));

        assertError(describe, 404, "InvalidImageId.NotFound");
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().path("TotalCount").asInt()).isZero();
        assertThat(byId.status()).isEqualTo(200);
        assertThat(ids(byId.json())).containsExactly(TestServer.PRIVATE_IMAGE);
        assertError(create, 400, "InvalidImageName.Malformed");
        assertError(share, 404, "InvalidAccount.NotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3%28", "%FF", "%ED%A0%80", "%G1", "%2", "%", "%%41"})
    void brokenPercentEncodingIsInvalidParameter(String bad) {
        // The Format parameter cannot be read from such a request: the Accept header chooses JSON.
        Reply inQuery = http.raw("GET /?" + sample().encoded("GET") + "&ImageName=" + bad + " HTTP/1.1",
                "Accept", "application/json");
        Reply inName = http.raw("GET /?" + sample().encoded("GET") + "&X" + bad + "=1 HTTP/1.1",
                "Accept", "application/json");
        Reply inBody = http.postForm(sample().encoded("POST") + "&ImageName=" + bad, "Accept", "application/json");

        for (Reply r : List.of(inQuery, inName, inBody)) {
            assertError(r, 400, "InvalidParameter");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\n", "\r", "\u001b", "\u007f"})
    void controlCharactersInAValueAreInvalidParameter(String control) {
        Reply r = http.get(RpcSigner.owner("DescribeImageSharePermission").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageId", TestServer.SHARED_IMAGE + control)
                .encoded("GET"));

        assertError(r, 400, "InvalidParameter");
        assertThat(r.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(r.json().path("Message").asText()).contains("ImageId");
    }

    @Test
    void aNulInTheAccessKeyIdIsInvalidParameterNotAnInternalError() {
        Reply r = http.get(RpcSigner.ecs("DescribeImageSharePermission", "LTAI5t\u0000Owner", "x")
                .param("Format", "JSON").param("RegionId", "cn-hangzhou").param("ImageId", TestServer.SHARED_IMAGE)
                .encoded("GET"));

        assertError(r, 400, "InvalidParameter");
        assertThat(r.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(r.json().path("Message").asText()).contains("AccessKeyId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LTAI5t\u0000Owner", "LTAI5t\u001bOwner", "LTAI5t\u00e9Owner"})
    void controlCharactersInAnAcs3CredentialGiveAnAlibabaError(String keyId) {
        Reply r = http.raw("POST /?RegionId=cn-hangzhou&ImageId=" + TestServer.SHARED_IMAGE + " HTTP/1.1",
                "Accept", "application/json",
                "Authorization", "ACS3-HMAC-SHA256 Credential=" + keyId + ",SignedHeaders=host;x-acs-action;"
                        + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00",
                "x-acs-action", "DescribeImageSharePermission",
                "x-acs-version", "2014-05-26",
                "x-acs-date", RpcSigner.TIMESTAMP.format(java.time.Instant.now()),
                "x-acs-signature-nonce", "n" + System.nanoTime(),
                "x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "Content-Length", "0");

        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        assertNoLeak(r);
        assertThat(r.errorField("Code")).isIn("InvalidAccessKeyId.NotFound", "InvalidParameter");
        assertThat(r.errorField("RequestId")).matches(Clients.UPPER_UUID);
    }

    @Test
    void otherControlCharactersInTheAccessKeyIdAreAnUnknownKey() {
        Reply r = http.get(RpcSigner.ecs("DescribeImageSharePermission", "LTAI5t\n\u001bOwner", "x")
                .param("Format", "JSON").param("RegionId", "cn-hangzhou").param("ImageId", TestServer.SHARED_IMAGE)
                .encoded("GET"));

        assertError(r, 404, "InvalidAccessKeyId.NotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<evil>&\"'host", "host\u00e9", "host\u0001x"})
    void aHostileHostHeaderIsEscapedInTheErrorBodyOrRefused(String hostHeader) {
        Reply r = http.raw("GET /?" + RpcSigner.owner("DescribeImageSharePermission").param("RegionId", "cn-hangzhou")
                .param("ImageId", "m-bp1doesnotexist000000").encoded("GET") + " HTTP/1.1", "Host", hostHeader);

        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        assertNoLeak(r);
        assertThat(r.contentType()).isEqualTo("text/xml;charset=utf-8");
        assertThat(r.errorField("RequestId")).matches(Clients.UPPER_UUID);
        assertThat(r.errorField("Code")).isIn("InvalidImageId.NotFound", "InvalidParameter");
        if (r.errorField("Code").equals("InvalidImageId.NotFound")) {
            assertThat(r.errorField("HostId")).isEqualTo(hostHeader);
        }
    }

    @Test
    void aHundredKilobyteValueIsInvalidParameter() {
        Reply r = http.postForm(RpcSigner.owner("DescribeImages").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageName", "a".repeat(100 * 1024)).encoded("POST"));

        assertError(r, 400, "InvalidParameter");
        assertThat(r.json().path("Message").asText()).contains("ImageName");
    }

    @Test
    void fiveThousandUnknownParametersAreIgnored() {
        RpcSigner request = sample();
        for (int i = 1; i <= 5000; i++) {
            request.param("Extra" + i, "v" + i);
        }

        Reply r = http.postForm(request.encoded("POST"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("TotalCount").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheFirstTenOfFiveThousandAddAccountsAreUsed() {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), "cn-hangzhou");
        List<String> firstTen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            firstTen.add(fx.account());
        }
        RpcSigner modify = RpcSigner.ecs("ModifyImageSharePermission", t.keyId(), t.secret()).param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageId", image);
        for (int i = 1; i <= 5000; i++) {
            // beyond the tenth, IDs no account has: using any of them would fail the whole request
            modify.param("AddAccount." + i, i <= 10 ? firstTen.get(i - 1) : Fixtures.unknownAccount());
        }

        Reply r = http.postForm(modify.encoded("POST"));
        Reply listed = http.get(RpcSigner.ecs("DescribeImageSharePermission", t.keyId(), t.secret())
                .param("Format", "JSON").param("RegionId", "cn-hangzhou").param("ImageId", image)
                .param("PageSize", "100").encoded("GET"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(listed.json().path("TotalCount").asInt()).isEqualTo(10);
        List<String> shared = new ArrayList<>();
        listed.json().path("Accounts").path("Account").forEach(a -> shared.add(a.path("AliyunId").asText()));
        assertThat(shared).containsExactlyInAnyOrderElementsOf(firstTen);
    }

    @Test
    void aTwoMegabyteBodyIsRefused() {
        byte[] body = ("Filler=" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);

        Reply r = http.send("POST", sample().encoded("POST"), body, "application/x-www-form-urlencoded",
                "Accept", "application/json");

        assertError(r, 400, "InvalidParameter");
    }

    @Test
    void aHundredKilobyteQueryStringIsRefused() {
        Reply r = http.get(sample().encoded("GET") + "&Filler=" + "x".repeat(100 * 1024),
                "Accept", "application/json");

        // Refused while reading the request line, before any header is known: the answer is in the
        // default format, XML.
        assertError(r, 400, "InvalidParameter");
        assertThat(r.contentType()).isEqualTo("text/xml;charset=utf-8");
    }

    /** Status, Code, RequestId and Message, in JSON (every request here asks for it) or XML. */
    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertNoLeak(r);
        assertThat(r.errorField("Code")).isEqualTo(code);
        assertThat(r.errorField("RequestId")).matches(Clients.UPPER_UUID);
        assertThat(r.errorField("Message")).isNotEmpty();
    }

    /** No stack trace or Java class name reaches the client. */
    private static void assertNoLeak(Reply r) {
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.")
                .doesNotContain("io.imageshare");
    }

    private static List<String> ids(JsonNode describeImages) {
        List<String> out = new ArrayList<>();
        describeImages.path("Images").path("Image").forEach(i -> out.add(i.path("ImageId").asText()));
        return out;
    }
}
