package io.imageshare.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection on a plain socket: writes a request, reads one answer
 * (Content-Length or chunked), and opens a new socket when the server closed the old one. Small and
 * allocation-light on purpose: the load generator shares the machine with the server it measures.
 */
public final class HttpConnection implements AutoCloseable {
    /** One answer: status and body bytes. */
    public record Response(int status, byte[] body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] line = new byte[8192];

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
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), timeoutMillis);
        s.setSoTimeout(timeoutMillis);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16384);
        out = s.getOutputStream();
    }

    private Response read() throws IOException {
        int n = readLine();
        if (n < 12) {
            throw new IOException("not an HTTP status line");
        }
        int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        while ((n = readLine()) > 0) {
            if (startsWith(n, "content-length:")) {
                length = Integer.parseInt(value(n, "content-length:".length()));
            } else if (startsWith(n, "transfer-encoding:")) {
                chunked = value(n, "transfer-encoding:".length()).equalsIgnoreCase("chunked");
            } else if (startsWith(n, "connection:")) {
                close = value(n, "connection:".length()).equalsIgnoreCase("close");
            }
        }
        byte[] body = chunked ? readChunks() : length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        if (length >= 0 && body.length < length) {
            throw new EOFException("the connection closed inside the body");
        }
        if (close || (!chunked && length < 0)) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] readChunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int n = readLine();
            String size = new String(line, 0, n, StandardCharsets.ISO_8859_1);
            int semicolon = size.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (chunk == 0) {
                while (readLine() > 0) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(chunk));
            readLine();
        }
    }

    /** Reads a line without its CRLF into {@link #line}; returns its length. */
    private int readLine() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b == '\n') {
                return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
            }
            if (n == line.length) {
                throw new IOException("an answer line longer than " + line.length + " bytes");
            }
            line[n++] = (byte) b;
        }
    }

    private boolean startsWith(int n, String lowerPrefix) {
        if (n < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            if (Character.toLowerCase(line[i]) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String value(int n, int from) {
        return new String(line, from, n - from, StandardCharsets.ISO_8859_1).strip();
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
