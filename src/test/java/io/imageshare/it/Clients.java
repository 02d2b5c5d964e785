package io.imageshare.it;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.SignatureVersion;
import com.aliyuncs.auth.signers.SignatureAlgorithm;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyun.tea.TeaException;
import com.aliyuncs.exceptions.ClientException;
import java.util.Map;
import java.util.concurrent.Callable;

/** The vendors' official SDK clients pointed at a test server, as wire.md §2 describes. */
final class Clients {
    /** How the Tea SDK signs: its default ACS3-HMAC-SHA256, or RPC v1 HMAC-SHA1 ("v2"). */
    enum TeaMode { ACS3, RPC_V1 }

    /** How the legacy SDK signs: its default RPC v1 HMAC-SHA1, or the opt-in V3 (ACS3). */
    enum LegacyMode { RPC_V1, V3 }

    static final String UPPER_UUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    private Clients() {
    }

    static com.aliyun.ecs20140526.Client tea(TestServer server, String keyId, String secret, TeaMode mode) {
        return tea(server.endpoint(), keyId, secret, mode);
    }

    /** A Tea ECS client for any {@code host:port}: a server, or a proxy in front of servers. */
    static com.aliyun.ecs20140526.Client tea(String endpoint, String keyId, String secret, TeaMode mode) {
        Config config = new Config().setAccessKeyId(keyId).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint(endpoint).setProtocol("HTTP");
        if (mode == TeaMode.RPC_V1) {
            config.setSignatureAlgorithm("v2");
        }
        try {
            return new com.aliyun.ecs20140526.Client(config);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Any ECS action with any query parameters, through the Tea runtime's generic {@code callApi}
     * (the generated methods are thin wrappers over it): for values the typed models cannot carry,
     * such as {@code PageSize=abc}. Returns the body map.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> teaCall(com.aliyun.ecs20140526.Client client, String action,
                                       Map<String, String> query) throws Exception {
        Params params = new Params().setAction(action).setVersion("2014-05-26").setProtocol("HTTPS")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("json");
        OpenApiRequest request = new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query));
        Map<String, ?> answer = client.callApi(params, request, new RuntimeOptions());
        return (Map<String, Object>) answer.get("body");
    }

    static DefaultAcsClient legacy(String keyId, String secret) {
        return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", keyId, secret));
    }

    /** Points one legacy request at the server, signed the given way. */
    static <T extends AcsRequest<?>> T at(TestServer server, LegacyMode mode, T request) {
        request.setSysEndpoint(server.endpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        if (mode == LegacyMode.V3) {
            request.setSysSignatureVersion(SignatureVersion.V3);
            request.setSysSignatureAlgorithm(SignatureAlgorithm.ACS3_HMAC_SHA256);
        }
        return request;
    }

    /** The TeaException a call throws; fails the test when it succeeds or throws anything else. */
    static TeaException teaError(Callable<?> call) {
        try {
            call.call();
        } catch (TeaException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a TeaException", e);
        }
        throw new AssertionError("expected a TeaException, the call succeeded");
    }

    interface LegacyCall {
        Object call() throws ClientException;
    }

    /** The ClientException (or ServerException) a legacy call throws; fails the test otherwise. */
    static ClientException legacyError(LegacyCall call) {
        try {
            call.call();
        } catch (ClientException e) {
            return e;
        }
        throw new AssertionError("expected a ClientException, the call succeeded");
    }
}
