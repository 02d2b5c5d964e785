package io.imageshare.it.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.it.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hand-made Tencent Cloud requests against a test server, signed here (independently of the server's
 * verifier) with TC3-HMAC-SHA256 or v1 HmacSHA256, or written byte for byte on a socket: for what the
 * SDK cannot or will not send.
 */
final class TencentHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final TestServer server;

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String code() {
            return json().path("Response").path("Error").path("Code").asText(null);
        }

        String message() {
            return json().path("Response").path("Error").path("Message").asText(null);
        }

        /**
         * A Tencent error as the SDK needs it: HTTP 200, JSON, {@code Response.Error} with the code and a
         * message, a lower-case UUID RequestId, and nothing of the server's insides.
         */
        Reply assertError(String code) {
            assertThat(status()).as(body).isEqualTo(200);
            assertThat(contentType()).startsWith("application/json");
            assertThat(code()).as(body).isEqualTo(code);
            assertThat(message()).isNotBlank();
            assertThat(json().path("Response").path("RequestId").asText()).matches(CvmSdk.LOWER_UUID);
            assertThat(body).doesNotContain("Exception", "\tat ", "io.imageshare", "java.");
            return this;
        }

        Reply assertSuccess() {
            assertThat(status()).as(body).isEqualTo(200);
            assertThat(json().path("Response").has("Error")).as(body).isFalse();
            assertThat(json().path("Response").path("RequestId").asText()).matches(CvmSdk.LOWER_UUID);
            return this;
        }
    }

    TencentHttp(TestServer server) {
        this.server = server;
    }

    Signer signedBy(String keyId, String secret) {
        return new Signer(keyId, secret);
    }

    /** A request written as given, after which the server's answer is read (for bytes HttpClient refuses to send). */
    Reply raw(String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            while (answer.length() < 4 || !answer.substring(answer.length() - 4).equals("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new AssertionError("the connection closed before the headers ended: " + answer);
                }
                answer.append((char) b);
            }
            String[] lines = answer.toString().split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String type = null;
            int length = -1;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    type = line.substring("content-type:".length()).strip();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).strip());
                }
            }
            byte[] bytes = length < 0 ? in.readAllBytes() : in.readNBytes(length);
            return new Reply(status, type, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer from the server", e);
        }
    }

    Reply send(String method, String rawQuery, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + server.endpoint() + "/"
                        + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(null), r.body());
        } catch (IOException e) {
            throw new AssertionError("no answer from the server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Signs requests with one key; time, region, version and extra headers are adjustable. */
    final class Signer {
        private final String keyId;
        private final String secret;
        private Instant time = Instant.now();
        private String region = TencentFixtures.REGION;
        private String version = "2017-03-12";
        private final Map<String, String> extra = new LinkedHashMap<>();

        private Signer(String keyId, String secret) {
            this.keyId = keyId;
            this.secret = secret;
        }

        Signer at(Instant value) {
            time = value;
            return this;
        }

        Signer region(String value) {
            region = value;
            return this;
        }

        Signer version(String value) {
            version = value;
            return this;
        }

        Signer header(String name, String value) {
            extra.put(name, value);
            return this;
        }

        Reply tc3Post(String action, String json) {
            return tc3("POST", action, "", json.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
        }

        Reply tc3Get(String action, String rawQuery) {
            return tc3("GET", action, rawQuery, new byte[0], "application/x-www-form-urlencoded");
        }

        /** A TC3-signed request exactly as given: any method, query, body bytes and content type. */
        Reply tc3(String method, String action, String rawQuery, byte[] body, String contentType) {
            return send(method, rawQuery, body, tc3Headers(method, action, rawQuery, body, contentType));
        }

        /** The same, written on a socket: for a query or headers HttpClient refuses to send. */
        Reply tc3Raw(String method, String action, String rawQuery, byte[] body, String contentType) {
            StringBuilder head = new StringBuilder(method).append(" /").append(rawQuery.isEmpty() ? "" : "?" + rawQuery)
                    .append(" HTTP/1.1\r\nHost: ").append(server.endpoint()).append("\r\n");
            tc3Headers(method, action, rawQuery, body, contentType)
                    .forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            return raw(head.toString(), body);
        }

        Map<String, String> tc3Headers(String method, String action, String rawQuery, byte[] body, String contentType) {
            String host = server.endpoint();
            String timestamp = Long.toString(time.getEpochSecond());
            String date = time.atOffset(ZoneOffset.UTC).toLocalDate().toString();
            String canonical = method + "\n/\n" + (method.equals("GET") ? rawQuery : "") + "\n"
                    + "content-type:" + contentType + "\nhost:" + host + "\n\ncontent-type;host\n" + sha256Hex(body);
            String scope = date + "/cvm/tc3_request";
            String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
                    + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
            byte[] key = hmac("HmacSHA256", ("TC3" + secret).getBytes(StandardCharsets.UTF_8), date);
            key = hmac("HmacSHA256", key, "cvm");
            key = hmac("HmacSHA256", key, "tc3_request");
            String signature = HexFormat.of().formatHex(hmac("HmacSHA256", key, stringToSign));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "TC3-HMAC-SHA256 Credential=" + keyId + "/" + scope
                    + ", SignedHeaders=content-type;host, Signature=" + signature);
            headers.put("Content-Type", contentType);
            headers.put("X-TC-Action", action);
            headers.put("X-TC-Timestamp", timestamp);
            headers.put("X-TC-Version", version);
            if (region != null) {
                headers.put("X-TC-Region", region);
            }
            headers.putAll(extra);
            return headers;
        }

        /** A v1 HmacSHA256 request: GET with the parameters in the query, or POST with them as a form. */
        Reply v1(String method, String action, Map<String, String> params) {
            Map<String, String> all = v1Params(method, action, params);
            String encoded = form(all);
            return method.equals("GET")
                    ? send("GET", encoded, new byte[0], Map.of())
                    : send("POST", "", encoded.getBytes(StandardCharsets.UTF_8),
                            Map.of("Content-Type", "application/x-www-form-urlencoded"));
        }

        /** The signed v1 parameters; a Nonce among {@code params} is kept (to replay it). */
        Map<String, String> v1Params(String method, String action, Map<String, String> params) {
            TreeMap<String, String> all = new TreeMap<>();
            all.put("Action", action);
            all.put("Version", version);
            if (region != null) {
                all.put("Region", region);
            }
            all.put("Timestamp", Long.toString(time.getEpochSecond()));
            all.put("Nonce", Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE)));
            all.put("SecretId", keyId);
            all.put("SignatureMethod", "HmacSHA256");
            all.putAll(params);
            List<String> pairs = new ArrayList<>();
            all.forEach((k, v) -> pairs.add(k + "=" + v));
            String stringToSign = method + server.endpoint() + "/?" + String.join("&", pairs);
            all.put("Signature", Base64.getEncoder().encodeToString(hmac("HmacSHA256",
                    secret.getBytes(StandardCharsets.UTF_8), stringToSign)));
            return all;
        }
    }

    static String form(Map<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String algorithm, byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
