package io.imageshare.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashing the four signature schemes share. */
final class Crypto {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final Map<String, Mac> MACS = new ConcurrentHashMap<>();

    private Crypto() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    static String sha256Hex(String data) {
        return sha256Hex(utf8(data));
    }

    static byte[] hmac(String algorithm, byte[] key, String data) {
        try {
            Mac mac = newMac(algorithm);
            // SecretKeySpec refuses an empty key; HMAC pads short keys with zeros, so one zero byte
            // is the same key.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return mac.doFinal(utf8(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    /**
     * A copy of a kept, uninitialised instance: looking the algorithm up among the security
     * providers for every request was a fiftieth of a describe call's time (issue 6).
     */
    private static Mac newMac(String algorithm) throws GeneralSecurityException {
        Mac prototype = MACS.get(algorithm);
        if (prototype == null) {
            prototype = Mac.getInstance(algorithm);
            MACS.putIfAbsent(algorithm, prototype);
        }
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // A provider whose implementation cannot be copied: fall back to a lookup.
            return Mac.getInstance(algorithm);
        }
    }

    /** Lower-case hex, as the ACS3 and TC3 schemes print digests. */
    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /** Compares in time independent of where the strings differ, so a signature cannot be guessed bytewise. */
    static boolean sameSignature(String expected, String received) {
        return MessageDigest.isEqual(utf8(expected), utf8(received));
    }
}
