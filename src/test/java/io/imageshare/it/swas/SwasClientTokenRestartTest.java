package io.imageshare.it.swas;

import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi;
import io.imageshare.it.ens.OpenApi.Mode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client token recorded before a stop answers the retry after the restart: tokens are on disk. */
class SwasClientTokenRestartTest {

    @Test
    void aTokenSurvivesStopAndStart() throws Exception {
        Path dir = TestServer.createTempDir();
        String token = SwasClientTokenTest.token();
        Map<String, Object> create = params("RegionId", "cn-hangzhou", "ImageName", "durable", "InstanceId", "i-1",
                "ClientToken", token);
        Map<String, Object> mismatch = params("RegionId", "cn-hangzhou", "ImageName", "other", "InstanceId", "i-1",
                "ClientToken", token);
        try {
            TestServer first = TestServer.start(dir);
            String created = (String) OpenApi.call(OpenApi.owner(first, Mode.ACS3), SWAS, "CreateCustomImage", create)
                    .get("ImageId");
            first.stop();

            try (TestServer second = TestServer.start(dir)) {
                Client owner = OpenApi.owner(second, Mode.RPC_V1);
                String retried = (String) OpenApi.call(owner, SWAS, "CreateCustomImage", create).get("ImageId");
                TeaException e = OpenApi.error(() -> OpenApi.call(owner, SWAS, "CreateCustomImage", mismatch));

                assertThat(retried).isEqualTo(created);
                assertThat(e.getCode()).isEqualTo("IdempotentParameterMismatch");
                List<String> names = SwasCustomImagesTest.list(owner, params("RegionId", "cn-hangzhou")).stream()
                        .map(i -> (String) i.get("Name")).toList();
                assertThat(names).containsExactlyInAnyOrder("lamp-base", "durable");
            }
        } finally {
            TestServer.discard(dir);
        }
    }
}
