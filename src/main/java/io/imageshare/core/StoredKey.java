package io.imageshare.core;

import java.time.Instant;

/** An access key as stored: the secret only in encrypted form. */
public record StoredKey(String id, AccountId account, String userName, byte[] encryptedSecret,
                        boolean enabled, Instant createdAt) {
}
