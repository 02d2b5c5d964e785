package io.imageshare.it.ens;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import io.imageshare.it.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The Tea runtime's generic {@code callApi}, set up exactly as the ENS (ens20171110 11.1.4) and SWAS
 * (swas_open20200601 4.0.0) SDKs set it up (wire.md §0.1, §3.1): those SDKs are thin wrappers over
 * it and are not on the reachable Maven Central. Used by the ENS and the SWAS integration tests.
 */
public final class OpenApi {
    public static final String ENS = "2017-11-10";
    public static final String SWAS = "2020-06-01";
    public static final String UPPER_UUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    /** How the SDK signs: its default ACS3-HMAC-SHA256, or RPC v1 HMAC-SHA1 ({@code "v2"}). */
    public enum Mode { ACS3, RPC_V1 }

    private OpenApi() {
    }

    public static Client client(TestServer server, String keyId, String secret, Mode mode) {
        Config config = new Config().setAccessKeyId(keyId).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint(server.endpoint()).setProtocol("HTTP");
        if (mode == Mode.RPC_V1) {
            config.setSignatureAlgorithm("v2");
        }
        try {
            return new Client(config);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Client owner(TestServer server, Mode mode) {
        return client(server, TestServer.OWNER_KEY, TestServer.OWNER_SECRET, mode);
    }

    /**
     * One action, its business parameters flattened by {@code openapiutil.query} as the SDKs do
     * (a List becomes {@code Name.1}, {@code Name.2}, …). Returns the whole answer: body, headers,
     * statusCode.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> answer(Client client, String version, String action, Map<String, ?> query)
            throws Exception {
        Params params = new Params().setAction(action).setVersion(version).setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        OpenApiRequest request = new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query));
        return (Map<String, Object>) client.callApi(params, request, new RuntimeOptions());
    }

    /** The response body of one action. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> call(Client client, String version, String action, Map<String, ?> query)
            throws Exception {
        return (Map<String, Object>) answer(client, version, action, query).get("body");
    }

    /** The TeaException a call throws; fails the test when it succeeds or throws anything else. */
    public static TeaException error(Callable<?> call) {
        try {
            call.call();
        } catch (TeaException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a TeaException", e);
        }
        throw new AssertionError("expected a TeaException, the call succeeded");
    }

    /** An insertion-ordered parameter map: {@code params("ImageId", id, "PageSize", "10")}. */
    public static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** A nested value of a body: {@code at(body, "Accounts", "Account")}. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Map<String, Object> body, String... path) {
        Object node = body;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }
}
