package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.imageshare.it.RawHttp.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Alibaba RPC protocol on the wire, signed by the test's own RPC v1 signer: formats and content
 * types, the error envelope, and the gateway's authentication and routing errors.
 */
class RawHttpProtocolTest {
    private static final String JSON_TYPE = "application/json;charset=utf-8";
    private static final String XML_TYPE = "text/xml;charset=utf-8";
    private static TestServer server;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new RawHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RpcSigner sample() {
        return RpcSigner.owner("DescribeImageSharePermission").param("RegionId", "cn-hangzhou")
                .param("ImageId", TestServer.SHARED_IMAGE).param("PageNumber", "1").param("PageSize", "10");
    }

    @Test
    void xmlIsTheDefaultWithTheVendorsWrappers() {
        Reply r = http.get(sample().encoded("GET"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(XML_TYPE);
        assertThat(r.xml().getDocumentElement().getTagName()).isEqualTo("DescribeImageSharePermissionResponse");
        assertThat(r.xpath("/DescribeImageSharePermissionResponse/Accounts/Account/AliyunId"))
                .isEqualTo(TestServer.RECIPIENT_A);
        assertThat(r.count("/DescribeImageSharePermissionResponse/Accounts/Account")).isEqualTo(1);
        assertThat(r.xpath("/DescribeImageSharePermissionResponse/Accounts/Account/SharedTime"))
                .isEqualTo("2024-07-15T13:59:21Z");
        assertThat(r.xpath("/DescribeImageSharePermissionResponse/TotalCount")).isEqualTo("1");
        assertThat(r.xpath("/DescribeImageSharePermissionResponse/ImageId")).isEqualTo(TestServer.SHARED_IMAGE);
        assertThat(r.xpath("/DescribeImageSharePermissionResponse/RegionId")).isEqualTo("cn-hangzhou");
        assertThat(r.xpath("/DescribeImageSharePermissionResponse/RequestId")).matches(Clients.UPPER_UUID);
        assertThat(r.count("/DescribeImageSharePermissionResponse/ShareGroups/ShareGroup")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "JSON", "Json"})
    void formatJsonInAnyCaseAnswersJson(String format) {
        Reply r = http.get(sample().param("Format", format).encoded("GET"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(JSON_TYPE);
        JsonNode body = r.json();
        assertThat(body.path("Accounts").path("Account").get(0).path("AliyunId").asText())
                .isEqualTo(TestServer.RECIPIENT_A);
        assertThat(body.path("TotalCount").isInt()).isTrue();
        assertThat(body.path("TotalCount").asInt()).isEqualTo(1);
        assertThat(body.path("PageSize").asInt()).isEqualTo(10);
        assertThat(body.path("ShareGroups").path("ShareGroup").isArray()).isTrue();
        assertThat(body.path("RequestId").asText()).matches(Clients.UPPER_UUID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XML", "xml", "xMl"})
    void formatXmlInAnyCaseWinsOverAnAcceptHeader(String format) {
        Reply r = http.get(sample().param("Format", format).encoded("GET"), "Accept", "application/json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(XML_TYPE);
        assertThat(r.xpath("/DescribeImageSharePermissionResponse/Accounts/Account/AliyunId"))
                .isEqualTo(TestServer.RECIPIENT_A);
    }

    @Test
    void withoutFormatAnAcceptHeaderChoosesJson() {
        Reply r = http.get(sample().encoded("GET"), "Accept", "application/json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(JSON_TYPE);
        assertThat(r.json().path("ImageId").asText()).isEqualTo(TestServer.SHARED_IMAGE);
    }

    @Test
    void aSignedFormBodyIsReadLikeAQuery() {
        Reply r = http.postForm(sample().param("Format", "JSON").encoded("POST"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("Accounts").path("Account").get(0).path("AliyunId").asText())
                .isEqualTo(TestServer.RECIPIENT_A);
    }

    @Test
    void jsonErrorsCarryTheWholeEnvelope() {
        Reply r = http.get(RpcSigner.owner("DescribeImageSharePermission").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").param("ImageId", "m-bp1doesnotexist000000").encoded("GET"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo(JSON_TYPE);
        JsonNode body = r.json();
        assertThat(body.path("Code").asText()).isEqualTo("InvalidImageId.NotFound");
        assertThat(body.path("Message").asText()).isEqualTo("The specified ImageId does not exist.");
        assertThat(body.path("HostId").asText()).isEqualTo(http.host());
        assertThat(body.path("RequestId").asText()).matches(Clients.UPPER_UUID);
        assertThat(body.path("Recommend").asText()).contains("InvalidImageId.NotFound")
                .contains(body.path("RequestId").asText());
    }

    @Test
    void xmlErrorsCarryTheWholeEnvelope() {
        Reply r = http.get(RpcSigner.owner("DescribeImageSharePermission").param("RegionId", "cn-hangzhou")
                .param("ImageId", "m-bp1doesnotexist000000").encoded("GET"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo(XML_TYPE);
        assertThat(r.xml().getDocumentElement().getTagName()).isEqualTo("Error");
        assertThat(r.xpath("/Error/Code")).isEqualTo("InvalidImageId.NotFound");
        assertThat(r.xpath("/Error/Message")).isEqualTo("The specified ImageId does not exist.");
        assertThat(r.xpath("/Error/HostId")).isEqualTo(http.host());
        assertThat(r.xpath("/Error/RequestId")).matches(Clients.UPPER_UUID);
        assertThat(r.xpath("/Error/Recommend")).contains("InvalidImageId.NotFound");
    }

    @Test
    void aForgedSignatureIsSignatureDoesNotMatch() {
        Reply wrongSecret = http.get(sample().param("Format", "JSON").secret("guessed").encoded("GET"));
        String tampered = sample().param("Format", "JSON").encoded("GET")
                .replace("PageSize=10", "PageSize=11");
        Reply tamperedReply = http.get(tampered);

        for (Reply r : new Reply[] {wrongSecret, tamperedReply}) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("Code").asText()).isEqualTo("SignatureDoesNotMatch");
            assertThat(r.json().path("Message").asText()).contains("server string to sign is:GET&%2F&");
            assertThat(r.json().path("RequestId").asText()).matches(Clients.UPPER_UUID);
        }
    }

    @Test
    void aTimestampSixteenMinutesOldIsExpired() {
        Instant old = Instant.now().minus(Duration.ofMinutes(16)).truncatedTo(ChronoUnit.SECONDS);
        Reply r = http.get(sample().param("Format", "JSON").param("Timestamp", RpcSigner.TIMESTAMP.format(old))
                .encoded("GET"));

        assertError(r, 400, "InvalidTimeStamp.Expired");
    }

    @Test
    void aMalformedTimestampIsInvalidTimeStampFormat() {
        Reply r = http.get(sample().param("Format", "JSON").param("Timestamp", "yesterday").encoded("GET"));

        assertError(r, 400, "InvalidTimeStamp.Format");
    }

    @Test
    void aReplayedSignatureNonceIsRefused() {
        String once = sample().param("Format", "JSON").param("SignatureNonce", "replay-" + System.nanoTime())
                .encoded("GET");

        Reply first = http.get(once);
        Reply second = http.get(once);

        assertThat(first.status()).isEqualTo(200);
        assertError(second, 400, "SignatureNonceUsed");
    }

    @Test
    void aMissingSignatureNonceIsMissingParameter() {
        Reply r = http.get(sample().param("Format", "JSON").without("SignatureNonce").encoded("GET"));

        assertError(r, 400, "MissingParameter");
        assertThat(r.json().path("Message").asText()).contains("SignatureNonce");
    }

    @Test
    void anUnknownActionIsInvalidActionNotFound() {
        Reply r = http.get(RpcSigner.owner("DescribeInstances").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").encoded("GET"));

        assertError(r, 404, "InvalidAction.NotFound");
    }

    @Test
    void anUnknownVersionIsInvalidVersion() {
        Reply r = http.get(sample().param("Format", "JSON").param("Version", "2099-01-01").encoded("GET"));

        assertError(r, 400, "InvalidVersion");
    }

    @Test
    void aFormatOtherThanJsonOrXmlIsInvalidParameterFormat() {
        Reply r = http.get(sample().param("Format", "YAML").encoded("GET"), "Accept", "application/json");

        assertError(r, 400, "InvalidParameter.Format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void methodsOtherThanGetAndPostAreUnsupported(String method) {
        Reply r = http.send(method, sample().param("Format", "JSON").encoded(method), null, null);

        assertError(r, 403, "UnsupportedHTTPMethod");
    }

    @Test
    void aMissingRegionIdIsMissingParameterWithTheSeedsText() {
        Reply r = http.get(RpcSigner.owner("DescribeImageSharePermission").param("Format", "JSON")
                .param("ImageId", TestServer.SHARED_IMAGE).encoded("GET"));

        assertError(r, 400, "MissingParameter");
        assertThat(r.json().path("Message").asText()).isEqualTo(
                "The input parameter \"RegionId \"that is mandatory for processing this request is not supplied.");
    }

    @Test
    void aMissingImageIdIsMissingParameterWithTheSeedsText() {
        Reply r = http.get(RpcSigner.owner("DescribeImageSharePermission").param("Format", "JSON")
                .param("RegionId", "cn-hangzhou").encoded("GET"));

        assertError(r, 400, "MissingParameter");
        assertThat(r.json().path("Message").asText()).isEqualTo(
                "The input parameter \"ImageId \"that is mandatory for processing this request is not supplied.");
    }

    @Test
    void anUnsignedRequestIsIncompleteSignature() {
        Reply r = http.get("Action=DescribeImageSharePermission&Version=2014-05-26&Format=JSON"
                + "&RegionId=cn-hangzhou&ImageId=" + TestServer.SHARED_IMAGE);

        assertError(r, 400, "IncompleteSignature");
    }

    @Test
    void theHealthEndpointAnswers200OutsideTheApiPath() throws Exception {
        Reply r = http.exchange(HttpRequest.newBuilder(URI.create("http://" + server.endpoint()
                + "/_imageshare/health")).GET().build());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("UP");
    }

    @Test
    void anUnknownAdminPathIsAPlain404AndMetricsArePrometheusText() throws Exception {
        Reply missing = http.exchange(HttpRequest.newBuilder(URI.create("http://" + server.endpoint()
                + "/_imageshare/nothing-here")).GET().build());
        Reply metrics = http.exchange(HttpRequest.newBuilder(URI.create("http://" + server.endpoint()
                + "/_imageshare/metrics")).header("Accept", "text/plain").GET().build());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("InvalidParameter");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(JSON_TYPE);
        JsonNode body = r.json();
        assertThat(body.path("Code").asText()).isEqualTo(code);
        assertThat(body.path("RequestId").asText()).matches(Clients.UPPER_UUID);
        assertThat(body.path("HostId").asText()).isEqualTo(http.host());
        assertThat(Stream.of("Message", "Recommend")).allSatisfy(f -> assertThat(body.path(f).asText()).isNotEmpty());
    }
}
