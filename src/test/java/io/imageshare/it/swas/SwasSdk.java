package io.imageshare.it.swas;

import com.aliyun.teaopenapi.models.Config;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.Tenants.Tenant;

/**
 * The clients of the official SDKs that reach SWAS images: {@code swas_open20200601} 1.0.2 (RPC v1,
 * business parameters in a form body, wire.md §3.3) and {@code ecs20140526} (the ECS side of
 * ModifyImageShareStatus).
 */
final class SwasSdk {
    private SwasSdk() {
    }

    static com.aliyun.swas_open20200601.Client swas(TestServer server, Tenant t) {
        try {
            return new com.aliyun.swas_open20200601.Client(config(server, t.keyId(), t.secret()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static com.aliyun.ecs20140526.Client ecs(TestServer server, Tenant t) {
        try {
            return new com.aliyun.ecs20140526.Client(config(server, t.keyId(), t.secret()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Config config(TestServer server, String keyId, String secret) {
        return new Config().setAccessKeyId(keyId).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint(server.endpoint()).setProtocol("HTTP");
    }
}
