package io.imageshare.api.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.api.tencent.TencentDialectCaptureTest.Captured;
import io.imageshare.auth.MemoryNonceRegistry;
import io.imageshare.auth.AccessLevel;
import io.imageshare.auth.Authorizer;
import io.imageshare.auth.TencentAuthenticator;
import io.imageshare.core.AccessKey;
import io.imageshare.core.AccountId;
import io.imageshare.core.Regions;
import io.imageshare.core.StoreUnavailableException;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The dialect's answers to what no handler documents: failures inside the server, a full replay
 * memory, requests that cannot be read. Captured SDK requests (signed for AKIDTEST at a known time)
 * drive a product whose handler does what the test needs.
 */
class TencentDialectTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SIGNED_AT = Instant.parse("2026-11-23T07:39:41Z");
    private static final InstantSource CLOCK = InstantSource.fixed(SIGNED_AT);
    private static final AccessKey KEY = new AccessKey("AKIDTEST", "SECRETTEST", AccountId.tencent("200000000001"),
            null, true);
    private static final Captured TC3 =
            TencentDialectCaptureTest.capture("tencent-cvm-3.1.1342/tc3-post/DescribeImageSharePermission");
    private static final Captured V1 =
            TencentDialectCaptureTest.capture("tencent-cvm-3.1.1342/hmacsha256-post/ModifyImageSharePermission");

    /** A product whose every action runs {@code handler}. */
    private static TencentDialect dialect(Function<TencentCall, Object> handler, MemoryNonceRegistry nonces,
                                          AccessKey key) {
        TencentProduct product = new TencentProduct() {
            @Override
            public String version() {
                return "2017-03-12";
            }

            @Override
            public Optional<TencentAction> action(String name) {
                return Optional.of(new TencentAction(name, true, Map.of("ImageId", ParamKind.STRING,
                        "AccountIds", ParamKind.STRING_LIST, "Permission", ParamKind.STRING), handler));
            }

            @Override
            public CamPermission permission(String action) {
                return new CamPermission("cvm:" + action, AccessLevel.UPDATE, Qcs::all,
                        TencentCommonError.UNAUTHORIZED_OPERATION);
            }

            @Override
            public Object handle(TencentAction action, TencentCall call) {
                return action.handler().apply(call);
            }
        };
        TencentAuthenticator auth = new TencentAuthenticator(id -> Optional.of(key).filter(k -> k.id().equals(id)),
                nonces, CLOCK);
        return new TencentDialect(auth,
                new Authorizer(Instant::now), new RateLimiter(CLOCK, 10, 100), Regions.defaults(), List.of(product));
    }

    private static TencentDialect dialect(Function<TencentCall, Object> handler) {
        return dialect(handler, MemoryNonceRegistry.forClockWindow(TencentAuthenticator.DEFAULT_WINDOW, 100), KEY);
    }

    private static JsonNode response(ApiResponse answer) throws IOException {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode response = JSON.readTree(answer.body()).path("Response");
        assertThat(response.path("RequestId").asText()).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        return response;
    }

    @Test
    void anUnexpectedFailureIsInternalErrorAndShowsNothingOfIt() throws IOException {
        ApiResponse answer = dialect(call -> {
            throw new IllegalStateException("the secret detail");
        }).handle(TC3.request());

        assertThat(response(answer).path("Error").path("Code").asText()).isEqualTo("InternalError");
        assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                .doesNotContain("the secret detail", "IllegalStateException", "\tat ");
    }

    @Test
    void anUnreachableDatabaseIsServiceUnavailable() throws IOException {
        ApiResponse answer = dialect(call -> {
            throw new StoreUnavailableException("connection refused", null);
        }).handle(TC3.request());

        assertThat(response(answer).path("Error").path("Code").asText()).isEqualTo("ServiceUnavailable");
    }

    @Test
    void aFullReplayMemoryRefusesV1RequestsWithServiceUnavailable() throws IOException {
        MemoryNonceRegistry full = MemoryNonceRegistry.forClockWindow(TencentAuthenticator.DEFAULT_WINDOW, 1);
        full.firstUse("AKIDOTHER", "1", SIGNED_AT);

        ApiResponse answer = dialect(call -> null, full, KEY).handle(V1.request());

        assertThat(response(answer).path("Error").path("Code").asText()).isEqualTo("ServiceUnavailable");
    }

    @Test
    void theHandlerSeesTheCallerRegionAndParameters() throws IOException {
        TencentCall[] seen = new TencentCall[1];
        JsonNode r = response(dialect(call -> {
            seen[0] = call;
            return Map.of("Echo", call.params().string("ImageId"));
        }).handle(TC3.request()));

        assertThat(r.path("Echo").asText()).isEqualTo("img-12345678");
        assertThat(seen[0].account()).isEqualTo(KEY.account());
        assertThat(seen[0].region()).isEqualTo("ap-guangzhou");
        assertThat(seen[0].action()).isEqualTo("DescribeImageSharePermission");
    }

    @Test
    void anUnreadableRequestGetsATencentEnvelopeInItsLanguage() throws IOException {
        ApiRequest headers = new ApiRequest("POST", "/", "", Map.of("x-tc-action", List.of("DescribeImages"),
                "x-tc-language", List.of("zh-CN")), new byte[0], "");
        TencentDialect dialect = dialect(call -> null);

        JsonNode malformed = response(dialect.unreadable(headers, "The request is malformed."));
        JsonNode tooLarge = response(dialect.tooLarge(headers, 1024));

        assertThat(malformed.path("Error").path("Code").asText()).isEqualTo("InvalidParameter");
        assertThat(malformed.path("Error").path("Message").asText()).startsWith("无法解析请求");
        assertThat(tooLarge.path("Error").path("Code").asText()).isEqualTo("RequestSizeLimitExceeded");
        assertThat(tooLarge.path("Error").path("Message").asText()).contains("1024");
    }

    @Test
    void anAlibabaCloudKeyIsUnknownToTencentCloudEvenWithAValidSignature() throws IOException {
        AccessKey aliyun = new AccessKey("AKIDTEST", "SECRETTEST", AccountId.aliyun("1234567890"), null, true);
        TencentDialect dialect = dialect(call -> null,
                MemoryNonceRegistry.forClockWindow(TencentAuthenticator.DEFAULT_WINDOW, 100), aliyun);

        assertThat(response(dialect.handle(TC3.request())).path("Error").path("Code").asText())
                .isEqualTo("AuthFailure.SecretIdNotFound");
    }
}
