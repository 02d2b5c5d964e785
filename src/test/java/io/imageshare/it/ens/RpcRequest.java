package io.imageshare.it.ens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.it.RpcSigner;
import io.imageshare.it.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An Alibaba RPC v1 (HMAC-SHA1) request written from the vendor's recipe (api-reference E.1),
 * independent of the server's verifier, for what the SDKs cannot send: a parameter given twice,
 * XML answers, a form body. Parameters keep their order and may repeat.
 */
public final class RpcRequest {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Map.Entry<String, String>> params = new ArrayList<>();
    private final String secret;

    /** The answer: status, content type, body. */
    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private RpcRequest(String version, String action, String keyId, String secret) {
        this.secret = secret;
        param("Action", action).param("Version", version).param("AccessKeyId", keyId)
                .param("SignatureMethod", "HMAC-SHA1").param("SignatureVersion", "1.0")
                .param("SignatureNonce", UUID.randomUUID().toString().replace("-", ""))
                .param("Timestamp", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    public static RpcRequest of(String version, String action, String keyId, String secret) {
        return new RpcRequest(version, action, keyId, secret);
    }

    public static RpcRequest owner(String version, String action) {
        return of(version, action, TestServer.OWNER_KEY, TestServer.OWNER_SECRET);
    }

    /** Adds a parameter (a second one of the same name too). */
    public RpcRequest param(String name, String value) {
        params.add(Map.entry(name, value));
        return this;
    }

    /** Signed and sent as a GET query. */
    public Reply get(TestServer server) {
        return send(server, "GET", null);
    }

    /** Signed and sent as a POST form body. */
    public Reply postForm(TestServer server) {
        return send(server, "POST", "application/x-www-form-urlencoded");
    }

    private Reply send(TestServer server, String method, String formType) {
        List<Map.Entry<String, String>> signed = new ArrayList<>(params);
        signed.add(Map.entry("Signature", signature(method)));
        String encoded = signed.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + server.endpoint() + "/"
                + (formType == null ? "?" + encoded : ""))).timeout(Duration.ofSeconds(30));
        if (formType == null) {
            b.GET();
        } else {
            b.header("Content-Type", formType).POST(HttpRequest.BodyPublishers.ofString(encoded));
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(null), r.body());
        } catch (IOException e) {
            throw new AssertionError("no answer from the server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String signature(String method) {
        return RpcSigner.signature(method, params, secret);
    }

    static String encode(String s) {
        return RpcSigner.percentEncode(s);
    }
}
