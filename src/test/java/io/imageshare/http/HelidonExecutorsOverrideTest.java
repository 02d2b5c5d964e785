package io.imageshare.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ImageShare replaces Helidon's {@code io.helidon.webserver.ExecutorsFactory} (docs/adr/0022). These tests fail when
 * the replacement is not the class Helidon loads, or when Helidon is upgraded past the version it was written for.
 */
class HelidonExecutorsOverrideTest {
    private static final String WRITTEN_FOR = "4.5.0";
    private WebServer server;

    @AfterEach
    void stop() {
        System.clearProperty(ConnectionThreads.LIMIT_PROPERTY);
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void helidonIsTheVersionTheReplacementWasWrittenFor() {
        // On an upgrade: compare Helidon's ExecutorsFactory with ours (the methods it calls), then change this.
        assertThat(WebServer.class.getPackage().getImplementationVersion()).isEqualTo(WRITTEN_FOR);
    }

    @Test
    void helidonLoadsImageSharesReplacement() throws Exception {
        Class<?> loaded = Class.forName("io.helidon.webserver.ExecutorsFactory");
        assertThat(loaded.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(ConnectionThreads.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void connectionsGetPlatformThreadsUpToTheLimitThenVirtualOnesAndAClosedConnectionFreesItsPlace()
            throws Exception {
        System.setProperty(ConnectionThreads.LIMIT_PROPERTY, "2");
        server = WebServer.builder().port(0).host("127.0.0.1")
                .routing(r -> r.get("/thread", (req, res) -> {
                    // Helidon renames the thread for its connection, so only the kind tells whose it is.
                    res.send(Thread.currentThread().isVirtual() ? "virtual" : "platform");
                }))
                .build().start();

        try (Socket first = connect(); Socket second = connect(); Socket third = connect()) {
            assertThat(ask(first)).isEqualTo("platform");
            assertThat(ask(second)).isEqualTo("platform");
            assertThat(ask(third)).isEqualTo("virtual");
            // The same connection stays on its thread.
            assertThat(ask(third)).isEqualTo("virtual");

            first.close();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            String answer;
            do {
                try (Socket next = connect()) {
                    answer = ask(next);
                }
            } while (!answer.equals("platform") && Instant.now().isBefore(deadline));
            assertThat(answer).isEqualTo("platform");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** One keep-alive GET /thread on this connection; the answer's body. */
    private static String ask(Socket socket) throws IOException {
        socket.getOutputStream().write("GET /thread HTTP/1.1\r\nHost: test\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
