package io.imageshare.it.tencent;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.TencentFixtures.Tenant;

/** The official Tencent Cloud SDK pointed at a test server, as wire.md §2 describes. */
public final class CvmSdk {
    public static final String LOWER_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** How the SDK signs and sends: its default TC3 POST, TC3 GET, or the opt-in v1 signatures. */
    public enum Signing {
        TC3_POST(ClientProfile.SIGN_TC3_256, "POST"),
        TC3_GET(ClientProfile.SIGN_TC3_256, "GET"),
        V1_HMAC_SHA256_POST(ClientProfile.SIGN_SHA256, "POST"),
        V1_HMAC_SHA1_GET(ClientProfile.SIGN_SHA1, "GET");

        private final String signMethod;
        private final String httpMethod;

        Signing(String signMethod, String httpMethod) {
            this.signMethod = signMethod;
            this.httpMethod = httpMethod;
        }
    }

    private CvmSdk() {
    }

    static CvmClient client(TestServer server, Tenant tenant, Signing signing) {
        return client(server, tenant.keyId(), tenant.secret(), signing, TencentFixtures.REGION, null);
    }

    static CvmClient client(TestServer server, String keyId, String secret, Signing signing) {
        return client(server, keyId, secret, signing, TencentFixtures.REGION, null);
    }

    static CvmClient client(TestServer server, String keyId, String secret, Signing signing, String region,
                            Language language) {
        return client(server.endpoint(), keyId, secret, signing, region, language);
    }

    /** @param endpoint {@code 127.0.0.1:port} */
    public static CvmClient client(String endpoint, String keyId, String secret, Signing signing, String region,
                            Language language) {
        return new CvmClient(new Credential(keyId, secret), region, profile(endpoint, signing, language));
    }

    static ClientProfile profile(String endpoint, Signing signing, Language language) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(endpoint);
        http.setProtocol("http://");
        http.setReqMethod(signing.httpMethod);
        ClientProfile profile = new ClientProfile(signing.signMethod, http);
        if (language != null) {
            profile.setLanguage(language);
        }
        return profile;
    }

    /**
     * Any action of any version with any JSON parameters, through the SDK's generic client (TC3
     * POST): for requests the typed models cannot make.
     */
    static String call(TestServer server, Tenant tenant, String version, String action, String json)
            throws TencentCloudSDKException {
        CommonClient client = new CommonClient("cvm", version, new Credential(tenant.keyId(), tenant.secret()),
                TencentFixtures.REGION, profile(server.endpoint(), Signing.TC3_POST, null));
        return client.commonRequest(new CommonRequest(json), action);
    }

    public interface SdkCall {
        Object call() throws TencentCloudSDKException;
    }

    /** The error a call ends with; fails the test when it succeeds. */
    public static TencentCloudSDKException error(SdkCall call) {
        try {
            call.call();
        } catch (TencentCloudSDKException e) {
            return e;
        }
        throw new AssertionError("expected a TencentCloudSDKException, the call succeeded");
    }
}
