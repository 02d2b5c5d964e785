package io.imageshare.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static MasterKey newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return MasterKey.fromBase64(Base64.getEncoder().encodeToString(bytes));
    }

    @Test
    void aRememberedSecretIsOnlyReturnedForTheSameCiphertext() {
        SecretCipher cipher = new SecretCipher(newKey());
        byte[] first = cipher.encrypt("AK1", "old-secret");
        assertThat(cipher.decrypt("AK1", first)).isEqualTo("old-secret");
        assertThat(cipher.decrypt("AK1", first)).isEqualTo("old-secret");
        // Rotated: a new ciphertext under the same key ID must not be answered from memory.
        byte[] rotated = cipher.encrypt("AK1", "new-secret");
        assertThat(cipher.decrypt("AK1", rotated)).isEqualTo("new-secret");
    }

    @Test
    void aCiphertextMovedToAnotherKeyStillFailsAfterItsOwnKeyWasOpened() {
        SecretCipher cipher = new SecretCipher(newKey());
        byte[] sealed = cipher.encrypt("AK1", "secret");
        assertThat(cipher.decrypt("AK1", sealed)).isEqualTo("secret");
        assertThatThrownBy(() -> cipher.decrypt("AK2", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherMasterKeyCannotOpenIt() {
        byte[] sealed = new SecretCipher(newKey()).encrypt("AK1", "secret");
        assertThatThrownBy(() -> new SecretCipher(newKey()).decrypt("AK1", sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCacheStaysWithinItsSize() {
        SecretCipher cipher = new SecretCipher(newKey(), 3);
        for (int i = 0; i < 10; i++) {
            String id = "AK" + i;
            assertThat(cipher.decrypt(id, cipher.encrypt(id, "s" + i))).isEqualTo("s" + i);
        }
        assertThat(cipher.cached()).isLessThanOrEqualTo(3);
    }
}
