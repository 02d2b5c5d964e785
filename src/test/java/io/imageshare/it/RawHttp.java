package io.imageshare.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Plain HTTP against a test server, with the answer's status, content type and body. */
final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        Document xml() {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("not XML: " + body, e);
            }
        }

        /** The text of the first node an XPath selects, or null. */
        String xpath(String expression) {
            try {
                NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                        .evaluate(expression, xml(), XPathConstants.NODESET);
                return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        /** A field of an error body, JSON or XML by the content type. */
        String errorField(String name) {
            if (contentType != null && contentType.startsWith("application/json")) {
                return json().path(name).asText(null);
            }
            if (contentType != null && contentType.startsWith("text/xml")) {
                return xpath("/Error/" + name);
            }
            throw new AssertionError("an error body must be JSON or XML, not " + contentType + ": " + body);
        }

        int count(String expression) {
            try {
                return ((NodeList) XPathFactory.newInstance().newXPath()
                        .evaluate(expression, xml(), XPathConstants.NODESET)).getLength();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    RawHttp(TestServer server) {
        this(server.port());
    }

    /** Requests to any server on loopback: one in this JVM, a {@code serve} process, a proxy. */
    RawHttp(int port) {
        this.port = port;
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    Reply get(String rawQuery, String... headers) {
        return send("GET", rawQuery, null, null, headers);
    }

    /** POST with a form body (empty query). */
    Reply postForm(String formBody, String... headers) {
        return send("POST", "", formBody.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                headers);
    }

    Reply send(String method, String rawQuery, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host() + "/"
                        + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return exchange(b.build());
    }

    /**
     * A request written byte for byte on a socket: for request targets and headers that
     * java.net.URI or HttpClient refuse to send (broken escapes, control characters). A Host
     * header among {@code headers} replaces the usual one.
     */
    Reply raw(String requestLine, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        if (!java.util.Arrays.asList(headers).contains("Host")) {
            head.append("Host: ").append(host()).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // The server may keep the socket open after "Connection: close": read by Content-Length.
            InputStream in = socket.getInputStream();
            String answerHead = readHead(in);
            String[] lines = answerHead.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = null;
            int length = -1;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).strip();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).strip());
                } else if (lower.startsWith("transfer-encoding:")) {
                    throw new AssertionError("chunked answers are not expected here: " + answerHead);
                }
            }
            byte[] body = length < 0 ? in.readAllBytes() : in.readNBytes(length);
            return new Reply(status, contentType, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer from the server", e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("the connection closed before the headers ended: " + head);
            }
            head.append((char) b);
        }
        return head.substring(0, head.length() - 4);
    }

    Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(null), r.body());
        } catch (IOException e) {
            throw new AssertionError("no answer from the server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
