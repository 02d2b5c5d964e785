package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bench's client against a scripted server: one answer per request, in the order given. */
class HttpConnectionTest {
    private static final byte[] REQUEST = "GET / HTTP/1.1\r\nhost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void readsLengthAndChunkedAnswersOnOneConnection() throws Exception {
        try (Scripted server = new Scripted(List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
                "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"));
             HttpConnection c = new HttpConnection("127.0.0.1", server.port(), 5000)) {
            assertThat(answer(c.exchange(REQUEST))).isEqualTo("200 hello");
            assertThat(answer(c.exchange(REQUEST))).isEqualTo("404 abcde");
            assertThat(answer(c.exchange(REQUEST))).isEqualTo("200 ");
            assertThat(server.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void opensANewConnectionAfterTheServerClosedOne() throws Exception {
        try (Scripted server = new Scripted(List.of(
                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbad",
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
             HttpConnection c = new HttpConnection("127.0.0.1", server.port(), 5000)) {
            assertThat(answer(c.exchange(REQUEST))).isEqualTo("400 bad");
            assertThat(answer(c.exchange(REQUEST))).isEqualTo("200 ok");
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    private static String answer(HttpConnection.Response r) {
        return r.status() + " " + new String(r.body(), StandardCharsets.UTF_8);
    }

    /** Answers each request with the next scripted bytes; closes after "close". */
    private static final class Scripted implements AutoCloseable {
        final List<String> answers;
        final PlainServer server;
        final AtomicInteger connections;

        Scripted(List<String> answers) throws IOException {
            this.answers = new CopyOnWriteArrayList<>(answers);
            this.server = new PlainServer((s, number) -> serve(s));
            this.connections = server.connections;
        }

        int port() {
            return server.port();
        }

        private void serve(Socket s) throws IOException {
            InputStream in = s.getInputStream();
            while (!answers.isEmpty() && PlainServer.readHead(in)) {
                String answer = answers.remove(0);
                s.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                if (answer.contains("Connection: close")) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
