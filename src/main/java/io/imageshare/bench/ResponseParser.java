package io.imageshare.bench;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one HTTP/1.1 answer from the start of the bytes received so far, once all of it is there:
 * status line, headers, and a body sized by Content-Length, sent chunked, or running to the close.
 * Both the blocking connection and the open loop's non-blocking ones use it, so there is one reading
 * of the wire. The answers the bench meets are a few kilobytes: it parses again from the start when
 * more bytes come rather than keeping a state between calls.
 */
final class ResponseParser {
    /**
     * @param length bytes of the range the answer took
     * @param close  the server ends the connection after it
     */
    record Parsed(int status, byte[] body, int length, boolean close) {
    }

    private ResponseParser() {
    }

    /**
     * @param eof the server has closed the connection after these bytes
     * @return the answer, or null when more bytes are needed
     * @throws IOException when the bytes are not an HTTP answer, or the connection closed inside one
     */
    static Parsed parse(byte[] b, int from, int to, boolean eof) throws IOException {
        int line = lineEnd(b, from, to);
        if (line < 0) {
            return incomplete(eof);
        }
        if (line - from < 12 || b[from + 8] != ' ') {
            throw new IOException("not an HTTP status line");
        }
        int status = digit(b[from + 9]) * 100 + digit(b[from + 10]) * 10 + digit(b[from + 11]);
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        int at = next(b, line);
        while (true) {
            int end = lineEnd(b, at, to);
            if (end < 0) {
                return incomplete(eof);
            }
            if (end == at) {
                at = next(b, end);
                break;
            }
            if (isHeader(b, at, end, "content-length:")) {
                length = number(value(b, at, end, "content-length:"), 10);
            } else if (isHeader(b, at, end, "transfer-encoding:")) {
                chunked = value(b, at, end, "transfer-encoding:").equalsIgnoreCase("chunked");
            } else if (isHeader(b, at, end, "connection:")) {
                close = value(b, at, end, "connection:").equalsIgnoreCase("close");
            }
            at = next(b, end);
        }
        if (chunked) {
            return chunks(b, at, to, status, close, from, eof);
        }
        if (length >= 0) {
            return to - at < length ? incomplete(eof)
                    : new Parsed(status, Arrays.copyOfRange(b, at, at + length), at + length - from, close);
        }
        return eof ? new Parsed(status, Arrays.copyOfRange(b, at, to), to - from, true) : null;
    }

    private static Parsed chunks(byte[] b, int at, int to, int status, boolean close, int from, boolean eof)
            throws IOException {
        byte[] body = new byte[0];
        while (true) {
            int end = lineEnd(b, at, to);
            if (end < 0) {
                return incomplete(eof);
            }
            String size = new String(b, at, end - at, StandardCharsets.ISO_8859_1);
            int semicolon = size.indexOf(';');
            int chunk = number((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            at = next(b, end);
            if (chunk == 0) {
                while (true) { // trailers, then the empty line
                    end = lineEnd(b, at, to);
                    if (end < 0) {
                        return incomplete(eof);
                    }
                    boolean last = end == at;
                    at = next(b, end);
                    if (last) {
                        return new Parsed(status, body, at - from, close);
                    }
                }
            }
            end = at + chunk;
            int after = end < to ? lineEnd(b, end, to) : -1;
            if (after < 0) {
                return incomplete(eof);
            }
            int old = body.length;
            body = Arrays.copyOf(body, old + chunk);
            System.arraycopy(b, at, body, old, chunk);
            at = next(b, after);
        }
    }

    private static Parsed incomplete(boolean eof) throws IOException {
        if (eof) {
            throw new EOFException("the server closed the connection inside an answer");
        }
        return null;
    }

    /** The index of the line's end (its CR, or its LF when there is no CR), or -1 when no LF has come yet. */
    private static int lineEnd(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i > from && b[i - 1] == '\r' ? i - 1 : i;
            }
        }
        return -1;
    }

    /** Where the line after the one ending at {@code end} starts. */
    private static int next(byte[] b, int end) {
        return b[end] == '\r' ? end + 2 : end + 1;
    }

    /** A length or chunk size; a malformed one is an unreadable answer, not a failed run. */
    private static int number(String text, int radix) throws IOException {
        try {
            int n = Integer.parseInt(text, radix);
            if (n < 0) {
                throw new NumberFormatException("negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("not a length: " + text, e);
        }
    }

    private static int digit(byte c) throws IOException {
        if (c < '0' || c > '9') {
            throw new IOException("not an HTTP status code");
        }
        return c - '0';
    }

    private static boolean isHeader(byte[] b, int from, int end, String lowerName) {
        if (end - from < lowerName.length()) {
            return false;
        }
        for (int i = 0; i < lowerName.length(); i++) {
            if (Character.toLowerCase(b[from + i]) != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String value(byte[] b, int from, int end, String name) {
        int start = from + name.length();
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1).strip();
    }
}
