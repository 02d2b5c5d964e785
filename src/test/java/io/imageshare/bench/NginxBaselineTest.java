package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.http.ApiResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NginxBaselineTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void servesTheNoopBytesToAnyPathAndMethod() throws Exception {
        assumeInstalled();
        ApiResponse noop = NoopResponse.ecsDescribe();
        try (NginxBaseline nginx = NginxBaseline.start(noop.body(), noop.contentType())) {
            assertThat(nginx.pids()).as("master and at least one worker").hasSizeGreaterThanOrEqualTo(2);
            for (String method : new String[] {"GET", "POST", "PUT"}) {
                HttpResponse<byte[]> answer = send(nginx, method, "/any/path?Action=x");
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.headers().firstValue("content-type")).contains(noop.contentType());
                assertThat(answer.body()).isEqualTo(noop.body());
            }
        }
    }

    @Test
    void servesBytesThatNginxStringsWouldOtherwiseChange() throws Exception {
        assumeInstalled();
        byte[] body = "{\"a\":\"$uri \\\" \\\\ ${x}; { } 'é' \n\tend\"}".getBytes(StandardCharsets.UTF_8);
        try (NginxBaseline nginx = NginxBaseline.start(body, "text/plain")) {
            assertThat(send(nginx, "GET", "/").body()).isEqualTo(body);
        }
    }

    private static void assumeInstalled() {
        Assumptions.assumeTrue(NginxBaseline.installed(), "SKIPPED: nginx is not installed (looked in "
                + NginxProcess.candidates() + " and on PATH); Debian: apt-get install nginx-light");
    }

    private HttpResponse<byte[]> send(NginxBaseline nginx, String method, String target) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.port() + target))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("Action=x")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
