package io.imageshare.auth;

import io.imageshare.http.Param;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** Alibaba RPC v1 (HMAC-SHA1) string to sign and signature, wire.md §4.1. */
final class AliyunRpcSignature {
    static final Comparator<Param> BY_NAME_THEN_VALUE = (a, b) -> {
        int byName = a.name().compareTo(b.name());
        return byName != 0 ? byName : a.value().compareTo(b.value());
    };
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** {@code %} percent-encoded: what an escape of the canonical query becomes when encoded again. */
    private static final byte[] ESCAPE_ESCAPED = {'%', '2', '5'};
    private static final byte[] EQUALS_ESCAPED = {'%', '3', 'D'};
    private static final byte[] AMPERSAND_ESCAPED = {'%', '2', '6'};
    private static final byte[] SLASH_ESCAPED = {'%', '2', 'F'};

    private AliyunRpcSignature() {
    }

    /**
     * {@code METHOD&%2F&encode(canonical query)}, where the canonical query is the sorted
     * {@code encode(name)=encode(value)} pairs joined by {@code &}. Written in one pass: encoding an
     * encoded pair again only turns each {@code %} into {@code %25}, {@code =} into {@code %3D} and
     * {@code &} into {@code %26}, so the canonical query is never built as a string of its own (it and
     * its copies were a fifth of a describe call's allocation, issue 6).
     *
     * @param withEmpty the legacy SDK signs {@code k=} for empty values, the Tea runtime leaves
     *                  them out (while still sending them)
     */
    static String stringToSign(String method, List<Param> params, boolean withEmpty) {
        List<Param> signed = new ArrayList<>(params.size());
        int length = method.length() + 5;
        for (Param p : params) {
            if (!p.name().equals("Signature") && (withEmpty || !p.value().isEmpty())) {
                signed.add(p);
                length += p.name().length() + p.value().length() + 6;
            }
        }
        signed.sort(BY_NAME_THEN_VALUE);
        Ascii out = new Ascii(length);
        out.text(method).put('&').put(SLASH_ESCAPED).put('&');
        for (int i = 0; i < signed.size(); i++) {
            if (i > 0) {
                out.put(AMPERSAND_ESCAPED);
            }
            out.encodedTwice(signed.get(i).name()).put(EQUALS_ESCAPED).encodedTwice(signed.get(i).value());
        }
        return out.toString();
    }

    static String sign(String secret, String stringToSign) {
        return Base64.getEncoder().encodeToString(Crypto.hmac("HmacSHA1", Crypto.utf8(secret + "&"), stringToSign));
    }

    static boolean hasEmptyValue(List<Param> params) {
        for (Param p : params) {
            if (p.value().isEmpty() && !p.name().equals("Signature")) {
                return true;
            }
        }
        return false;
    }

    /** A growing buffer of ASCII bytes: everything percent-encoding writes is ASCII. */
    private static final class Ascii {
        private byte[] bytes;
        private int size;

        Ascii(int capacity) {
            bytes = new byte[capacity];
        }

        Ascii put(char c) {
            room(1);
            bytes[size++] = (byte) c;
            return this;
        }

        Ascii put(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
            return this;
        }

        /** The HTTP method: a token, ASCII by the HTTP grammar, written as sent. */
        Ascii text(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                bytes[size++] = (byte) s.charAt(i);
            }
            return this;
        }

        /** RFC 3986 encoding of the UTF-8 bytes of {@code s}, then of that again. */
        Ascii encodedTwice(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    for (byte b : utf8) {
                        encodedTwice(b & 0xff);
                    }
                    return this;
                }
            }
            for (int i = 0; i < s.length(); i++) {
                encodedTwice(s.charAt(i));
            }
            return this;
        }

        private void encodedTwice(int b) {
            if (b < 0x80 && unreserved(b)) {
                put((char) b);
            } else {
                put(ESCAPE_ESCAPED);
                room(2);
                bytes[size++] = HEX[(b >> 4) & 0xf];
                bytes[size++] = HEX[b & 0xf];
            }
        }

        private static boolean unreserved(int c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        @Override
        public String toString() {
            return new String(bytes, 0, size, StandardCharsets.ISO_8859_1);
        }
    }
}
