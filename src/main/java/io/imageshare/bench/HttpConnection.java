package io.imageshare.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;

/**
 * One keep-alive HTTP/1.1 connection on a plain socket: writes a request, reads one answer
 * ({@link ResponseParser}), and opens a new socket when the server closed the old one. Small and
 * allocation-light on purpose (one read buffer, reused): the load generator shares the machine with
 * the server it measures.
 */
public final class HttpConnection implements AutoCloseable {
    /** An answer larger than this is refused rather than buffered. */
    static final int MAX_ANSWER = 16 << 20;

    /** One answer: status and body bytes. */
    public record Response(int status, byte[] body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private byte[] buffer = new byte[16384];
    private int position;
    private int limit;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public HttpConnection(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends and reads the answer; an IOException leaves the connection closed, to be reopened next time. */
    public Response exchange(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException("unreadable answer", e);
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), timeoutMillis);
        s.setSoTimeout(timeoutMillis);
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        position = 0;
        limit = 0;
    }

    /** Reads until one answer is whole; at the end of the stream the parser returns it or throws. */
    private Response read() throws IOException {
        boolean eof = false;
        while (true) {
            ResponseParser.Parsed answer = ResponseParser.parse(buffer, position, limit, eof);
            if (answer != null) {
                position += answer.length();
                if (answer.close()) {
                    close();
                }
                return new Response(answer.status(), answer.body());
            }
            eof = fill() < 0;
        }
    }

    /** Reads more after what is buffered, making room first; returns what read returned. */
    private int fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_ANSWER) {
                throw new IOException("an answer longer than " + MAX_ANSWER + " bytes");
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int r = in.read(buffer, limit, buffer.length - limit);
        if (r > 0) {
            limit += r;
        }
        return r;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken socket: nothing left to do
            }
            socket = null;
        }
    }
}
