package io.imageshare.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for access-key secrets. The key ID is bound in as associated data, so a ciphertext
 * copied onto another key's row does not decrypt.
 *
 * <p>Every signed request needs its key's secret, and AES-GCM set-up was a third of a describe
 * call's server time (issue 6 profile), so decrypted secrets are remembered by key ID and exact
 * ciphertext: a rotated or re-sealed secret has another ciphertext and is decrypted afresh, so the
 * cache can never answer with a stale secret. Bounded: it is emptied when it reaches its size.
 */
public final class SecretCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Opened> opened = new ConcurrentHashMap<>();
    private final int cacheSize;

    private record Opened(byte[] sealed, String secret) {
    }

    public SecretCipher(MasterKey masterKey) {
        this(masterKey, 100_000);
    }

    /** @param cacheSize decrypted secrets kept at most (0 keeps none) */
    public SecretCipher(MasterKey masterKey, int cacheSize) {
        this.key = new SecretKeySpec(masterKey.bytes(), "AES");
        this.cacheSize = cacheSize;
    }

    public byte[] encrypt(String keyId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws IllegalStateException when the master key is not the one the secret was sealed with */
    public String decrypt(String keyId, byte[] sealed) {
        Opened known = opened.get(keyId);
        if (known != null && Arrays.equals(known.sealed(), sealed)) {
            return known.secret();
        }
        String secret = open(keyId, sealed);
        if (cacheSize > 0) {
            if (opened.size() >= cacheSize) {
                opened.clear();
            }
            opened.put(keyId, new Opened(sealed.clone(), secret));
        }
        return secret;
    }

    /** Secrets held decrypted now. */
    int cached() {
        return opened.size();
    }

    private String open(String keyId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the secret of key " + keyId
                    + ": was the database written with another master key?", e);
        }
    }
}
