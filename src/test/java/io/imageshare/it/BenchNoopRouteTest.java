package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.api.aliyun.AliyunFormat;
import io.imageshare.api.aliyun.ecs.EcsPermissionRenderer;
import io.imageshare.bench.NoopResponse;
import io.imageshare.bench.SamplePage;
import io.imageshare.http.ImageShareServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BenchNoopRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void noopRouteIsAbsentByDefault() throws Exception {
        try (TestServer server = TestServer.start()) {
            assertThat(send(server, "GET", "").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void noopRouteAnswersTheEcsRenderersBytesForAnyMethodAndQuery() throws Exception {
        try (TestServer server = TestServer.start(TestServer.createTempDir(),
                s -> s.withServer(s.server().withBenchRoutes(true)))) {
            HttpResponse<byte[]> get = send(server, "GET", "?Action=Anything&PageSize=1");
            HttpResponse<byte[]> post = send(server, "POST", "");
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(post.body()).isEqualTo(get.body());
            String requestId = JSON.readTree(get.body()).path("RequestId").asText();
            byte[] rendered = new EcsPermissionRenderer().render(requestId,
                    SamplePage.ecs(NoopResponse.RECIPIENTS), AliyunFormat.JSON).body();
            assertThat(get.body()).isEqualTo(rendered);

            HttpResponse<byte[]> real = http.send(HttpRequest.newBuilder(URI.create("http://" + server.endpoint()
                    + "/?" + RpcSigner.owner("DescribeImageSharePermission").param("ImageId", TestServer.SHARED_IMAGE)
                    .param("RegionId", "cn-hangzhou").param("Format", "JSON").encoded("GET"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(real.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("content-type")).isEqualTo(real.headers().firstValue("content-type"));
            assertThat(headerNames(get)).isEqualTo(headerNames(real));
            assertThat(fieldNames(JSON.readTree(get.body()))).isEqualTo(fieldNames(JSON.readTree(real.body())));
        }
    }

    private HttpResponse<byte[]> send(TestServer server, String method, String query)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + server.endpoint()
                        + ImageShareServer.BENCH_NOOP_PATH + query))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("Action=x")
                        : HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Set<String> headerNames(HttpResponse<?> response) {
        return new TreeSet<>(response.headers().map().keySet());
    }

    /** Every field path in a JSON tree: the shape of an answer, whatever its values. */
    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect("", node, out);
        return out.stream().distinct().sorted().toList();
    }

    private static void collect(String path, JsonNode node, List<String> out) {
        if (node.isArray()) {
            node.forEach(item -> collect(path + "[]", item, out));
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            out.add(path + "/" + name);
            collect(path + "/" + name, node.get(name), out);
        }
    }
}
