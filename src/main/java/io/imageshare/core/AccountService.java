package io.imageshare.core;

import io.imageshare.secret.SecretCipher;
import java.time.InstantSource;
import java.util.Optional;

/** Accounts and their access keys. Secrets go to the store encrypted and come back decrypted. */
public final class AccountService {
    private final Store store;
    private final SecretCipher cipher;
    private final InstantSource clock;

    public AccountService(Store store, SecretCipher cipher, InstantSource clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Creates the account unless it exists; true when created. */
    public boolean createAccount(AccountId id, String name) {
        return store.write(tx -> tx.insertAccount(new Account(id, name, clock.instant())));
    }

    /**
     * Adds an access key to an account's root principal ({@code userName} null) or a sub-user.
     * Returns false when a key with that ID exists already (for the same account: nothing to do).
     *
     * @throws IllegalArgumentException when the account does not exist, or the key ID belongs to
     *     another account
     */
    public boolean addAccessKey(AccountId account, String userName, String keyId, String secret) {
        if (keyId == null || keyId.isBlank() || secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("an access key needs an ID and a secret");
        }
        byte[] sealed = cipher.encrypt(keyId, secret);
        return store.write(tx -> {
            if (tx.account(account).isEmpty()) {
                throw new IllegalArgumentException("no account " + account);
            }
            Optional<StoredKey> existing = tx.accessKey(keyId);
            if (existing.isPresent()) {
                if (!existing.get().account().equals(account)) {
                    throw new IllegalArgumentException("access key " + keyId + " belongs to another account");
                }
                return false;
            }
            return tx.insertAccessKey(new StoredKey(keyId, account, userName, sealed, true, clock.instant()));
        });
    }

    /** The key with its plain secret, for signature verification. */
    public Optional<AccessKey> findKey(String keyId) {
        return store.read(tx -> tx.accessKey(keyId)).map(k -> new AccessKey(k.id(),
                cipher.decrypt(k.id(), k.encryptedSecret()), k.account(), k.userName(), k.enabled()));
    }

    public boolean exists(AccountId id) {
        return store.read(tx -> tx.account(id)).isPresent();
    }
}
