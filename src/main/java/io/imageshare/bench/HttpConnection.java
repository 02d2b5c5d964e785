package io.imageshare.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One keep-alive HTTP/1.1 connection on a plain socket: writes a request, reads one answer
 * (Content-Length or chunked), and opens a new socket when the server closed the old one. Small and
 * allocation-light on purpose (one read buffer, reused): the load generator shares the machine with
 * the server it measures.
 */
public final class HttpConnection implements AutoCloseable {
    /** One answer: status and body bytes. */
    public record Response(int status, byte[] body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final byte[] buffer = new byte[16384];
    private int position;
    private int limit;
    /** Start and end of the line {@link #readLine} read last, within {@link #buffer}. */
    private int lineStart;
    private int lineEnd;
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

    private Response read() throws IOException {
        readLine();
        if (lineEnd - lineStart < 12 || buffer[lineStart + 8] != ' ') {
            throw new IOException("not an HTTP status line");
        }
        int status = (buffer[lineStart + 9] - '0') * 100 + (buffer[lineStart + 10] - '0') * 10
                + (buffer[lineStart + 11] - '0');
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        while (readLine() > 0) {
            if (headerIs("content-length:")) {
                length = Integer.parseInt(headerValue("content-length:"));
            } else if (headerIs("transfer-encoding:")) {
                chunked = headerValue("transfer-encoding:").equalsIgnoreCase("chunked");
            } else if (headerIs("connection:")) {
                close = headerValue("connection:").equalsIgnoreCase("close");
            }
        }
        byte[] body = chunked ? readChunks() : length >= 0 ? readBytes(length) : readToEnd();
        if (close || (!chunked && length < 0)) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] readChunks() throws IOException {
        byte[] body = new byte[0];
        while (true) {
            readLine();
            String size = new String(buffer, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
            int semicolon = size.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (chunk == 0) {
                while (readLine() > 0) {
                    // trailers
                }
                return body;
            }
            byte[] data = readBytes(chunk);
            int old = body.length;
            body = Arrays.copyOf(body, old + chunk);
            System.arraycopy(data, 0, body, old, chunk);
            readLine();
        }
    }

    private byte[] readBytes(int n) throws IOException {
        byte[] out = new byte[n];
        int done = Math.min(n, limit - position);
        System.arraycopy(buffer, position, out, 0, done);
        position += done;
        while (done < n) {
            int r = in.read(out, done, n - done);
            if (r < 0) {
                throw new EOFException("the connection closed inside the body");
            }
            done += r;
        }
        return out;
    }

    private byte[] readToEnd() throws IOException {
        byte[] rest = in.readAllBytes();
        byte[] out = Arrays.copyOfRange(buffer, position, limit + rest.length);
        System.arraycopy(rest, 0, out, limit - position, rest.length);
        position = limit;
        return out;
    }

    /** Finds the next line (without CRLF) in the buffer, reading more as needed; returns its length. */
    private int readLine() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    lineStart = position;
                    lineEnd = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    position = i + 1;
                    return lineEnd - lineStart;
                }
            }
            scanned = limit - position;
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            if (limit == buffer.length) {
                throw new IOException("an answer line longer than " + buffer.length + " bytes");
            }
            int r = in.read(buffer, limit, buffer.length - limit);
            if (r < 0) {
                throw new EOFException("the server closed the connection");
            }
            limit += r;
        }
    }

    private boolean headerIs(String lowerName) {
        if (lineEnd - lineStart < lowerName.length()) {
            return false;
        }
        for (int i = 0; i < lowerName.length(); i++) {
            if (Character.toLowerCase(buffer[lineStart + i]) != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String headerValue(String name) {
        int from = lineStart + name.length();
        return new String(buffer, from, lineEnd - from, StandardCharsets.ISO_8859_1).strip();
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
