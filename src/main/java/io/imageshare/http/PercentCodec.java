package io.imageshare.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Form decoding and RFC 3986 encoding. Decoding is strict: a broken escape or bytes that are not
 * UTF-8 are refused rather than replaced, so a signature is never checked over guessed text.
 */
public final class PercentCodec {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = unreservedTable();
    /** A name safe to echo in an error message. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private PercentCodec() {
    }

    /** Splits {@code a=1&b=2} into decoded pairs; {@code +} is a space (both SDK families). */
    public static List<Param> decodeForm(String raw) {
        List<Param> out = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        int start = 0;
        int len = raw.length();
        while (start <= len) {
            int amp = raw.indexOf('&', start);
            int end = amp < 0 ? len : amp;
            if (end > start) {
                int eq = raw.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    out.add(withoutNul(decode(raw, start, end), ""));
                } else {
                    out.add(withoutNul(decode(raw, start, eq), decode(raw, eq + 1, end)));
                }
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return out;
    }

    /**
     * No parameter of any dialect contains NUL, and the database cannot store it: a NUL is refused
     * here like a broken escape, before it can reach a lookup (an AccessKeyId, say) and fail there.
     */
    private static Param withoutNul(String name, String value) {
        if (name.indexOf('\0') >= 0) {
            throw new MalformedRequestException("a parameter name contains a NUL character");
        }
        if (value.indexOf('\0') >= 0) {
            throw new MalformedRequestException(PLAIN_NAME.matcher(name).matches()
                    ? "parameter " + name + " contains a NUL character" : "a parameter contains a NUL character");
        }
        return new Param(name, value);
    }

    public static String decode(String s) {
        return decode(s, 0, s.length());
    }

    private static String decode(String s, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '+' || c > 0x7f) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s.substring(from, to);
        }
        // A char outside ASCII is at most three UTF-8 bytes (a surrogate pair, two chars, is four).
        byte[] bytes = new byte[(to - from) * 3];
        int n = 0;
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes[n++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw new MalformedRequestException("incomplete percent escape");
                }
                int hi = hexDigit(s.charAt(i + 1));
                int lo = hexDigit(s.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    throw new MalformedRequestException("invalid percent escape");
                }
                bytes[n++] = (byte) ((hi << 4) | lo);
                ascii &= hi < 8;
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                byte[] enc = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < to) {
                    enc = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                System.arraycopy(enc, 0, bytes, n, enc.length);
                n += enc.length;
                ascii = false;
            }
        }
        // ASCII is valid UTF-8 as it stands: the strict decoder is only needed for the rest (escaped
        // Timestamps and Signatures, every request's, are ASCII).
        return ascii ? new String(bytes, 0, n, StandardCharsets.ISO_8859_1) : strictUtf8(bytes, n);
    }

    /**
     * An ASCII hex digit's value, or -1. Not {@link Character#digit}, which also reads other scripts'
     * digits ({@code %٣A} would decode as {@code :}): RFC 3986 escapes are ASCII only.
     */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** Decodes UTF-8, refusing malformed input. */
    public static String strictUtf8(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException("not valid UTF-8");
        }
    }

    /** RFC 3986: keeps {@code A-Z a-z 0-9 - _ . ~}, escapes every other UTF-8 byte upper-case. */
    public static String encode(String s) {
        StringBuilder sb = null;
        byte[] bytes = null;
        for (int i = 0; i < s.length(); i++) {
            if (!unreserved(s.charAt(i))) {
                bytes = s.getBytes(StandardCharsets.UTF_8);
                sb = new StringBuilder(bytes.length * 3);
                break;
            }
        }
        if (bytes == null) {
            return s;
        }
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && unreserved(c)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return sb.toString();
    }

    /**
     * Appends {@code encode(encode(s))} in one pass: encoding an escape {@code %XY} again gives
     * {@code %25XY}, and unreserved characters stay as they are, so the inner encoding is never built
     * as a string of its own (Alibaba's RPC string to sign encodes its encoded query again).
     */
    public static void appendEncodedTwice(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                    appendByteEncodedTwice(out, b & 0xff);
                }
                return;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            appendByteEncodedTwice(out, s.charAt(i));
        }
    }

    private static void appendByteEncodedTwice(StringBuilder out, int b) {
        if (b < 0x80 && unreserved((char) b)) {
            out.append((char) b);
        } else {
            out.append("%25").append(HEX[b >> 4]).append(HEX[b & 0xf]);
        }
    }

    private static boolean unreserved(char c) {
        return c < UNRESERVED.length && UNRESERVED[c];
    }

    /** RFC 3986's unreserved characters, by code: a table, as every byte of every parameter is tested. */
    private static boolean[] unreservedTable() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
        }
        return table;
    }
}
