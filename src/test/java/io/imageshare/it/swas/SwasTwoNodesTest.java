package io.imageshare.it.swas;

import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teaopenapi.Client;
import io.imageshare.it.TestServer;
import io.imageshare.it.TwoNodes;
import io.imageshare.it.ens.OpenApi;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.Tenants;
import io.imageshare.it.ens.Tenants.Tenant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ClientToken idempotency holds across two nodes of one PostgreSQL database: retries of one write,
 * sent at once through both nodes, apply it once and all get its answer. Skipped, loudly, without
 * PostgreSQL.
 */
class SwasTwoNodesTest {
    private static final String HZ = "cn-hangzhou";
    private static TwoNodes nodes;

    @BeforeAll
    static void start() {
        nodes = TwoNodes.start(settings -> settings);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void retriesOfOneCreateThroughBothNodesCreateOneImage() throws Exception {
        Tenant t = new Tenants(nodes.a()).tenant();
        Map<String, Object> create = params("RegionId", HZ, "ImageName", "two-nodes", "InstanceId", "i-1",
                "ClientToken", SwasClientTokenTest.token());
        int retries = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        Set<String> answered = new HashSet<>();
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                Client client = OpenApi.client(nodes.node(i), t.keyId(), t.secret(),
                        i % 4 < 2 ? Mode.ACS3 : Mode.RPC_V1);
                ids.add(pool.submit(() -> {
                    go.await();
                    return (String) OpenApi.call(client, SWAS, "CreateCustomImage", create).get("ImageId");
                }));
            }
            go.countDown();
            for (Future<String> id : ids) {
                answered.add(id.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answered).hasSize(1);
        for (TestServer node : new TestServer[] {nodes.a(), nodes.b()}) {
            Client owner = OpenApi.client(node, t.keyId(), t.secret(), Mode.ACS3);
            assertThat(SwasCustomImagesTest.ids(SwasCustomImagesTest.list(owner, params("RegionId", HZ))))
                    .containsExactlyElementsOf(answered);
        }
    }
}
