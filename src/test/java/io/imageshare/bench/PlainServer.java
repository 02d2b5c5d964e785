package io.imageshare.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A blocking socket server for the bench client's tests: each accepted connection, numbered from 0,
 * is served on a thread of its own by the test's handler, which reads requests with {@link #readHead}.
 */
final class PlainServer implements AutoCloseable {
    interface Handler {
        void serve(Socket socket, int number) throws IOException, InterruptedException;
    }

    private final ServerSocket socket = new ServerSocket(0);
    final AtomicInteger connections = new AtomicInteger();

    PlainServer(Handler handler) throws IOException {
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    Socket s = socket.accept();
                    int number = connections.getAndIncrement();
                    Thread.ofPlatform().daemon().start(() -> {
                        try (s) {
                            handler.serve(s, number);
                        } catch (IOException | InterruptedException e) {
                            // the client went away
                        }
                    });
                }
            } catch (IOException e) {
                // closed
            }
        });
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Reads a request up to its blank line (the tests' requests have no body); false at the end of the stream. */
    static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
