package io.imageshare.core;

import io.imageshare.secret.SecretCipher;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Accounts, their sub-users and policies, and their access keys. Secrets go to the store encrypted
 * and come back decrypted.
 */
public final class AccountService {
    /** Root keys held in memory at most; past it the memory starts again (a key costs one read then). */
    static final int ROOT_KEYS_KEPT = 65_536;

    private final Store store;
    private final SecretCipher cipher;
    private final InstantSource clock;
    /**
     * Root keys already read, by ID. A stored key never changes (keys are added, never disabled, edited
     * or deleted: no StoreTx method can, and AccountServiceTest holds it so), so a key once read is the
     * key; a key not yet read is always looked up, so one added by another node or the CLI works at
     * once. Sub-users' keys are not kept: their policies change. docs/adr/0016.
     */
    private final Map<String, AccessKey> rootKeys = new ConcurrentHashMap<>();

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
            if (userName != null && tx.subUser(account, userName).isEmpty()) {
                throw new IllegalArgumentException("no user " + userName + " in account " + account);
            }
            Optional<StoredKey> existing = tx.accessKey(keyId);
            if (existing.isPresent()) {
                if (!existing.get().account().equals(account)) {
                    throw new IllegalArgumentException("access key " + keyId + " belongs to another account");
                }
                if (!Objects.equals(existing.get().userName(), userName)) {
                    throw new IllegalArgumentException("access key " + keyId + " belongs to another principal");
                }
                return false;
            }
            return tx.insertAccessKey(new StoredKey(keyId, account, userName, sealed, true, clock.instant()));
        });
    }

    /**
     * Creates a sub-user unless the account has one of that name; true when created. Its number is
     * drawn at random in the vendor's shape: 16 digits for a RAM user, 12 for a CAM sub-account.
     *
     * @throws IllegalArgumentException when the account does not exist or the name is not valid
     */
    public boolean createUser(AccountId account, String name) {
        checkUserName(name);
        return store.write(tx -> {
            if (tx.account(account).isEmpty()) {
                throw new IllegalArgumentException("no account " + account);
            }
            return tx.insertSubUser(new SubUser(account, name, newUid(account.cloud()), clock.instant()));
        });
    }

    /**
     * Attaches a policy unless the user has one of that name; true when attached. The caller has
     * checked the document against its vendor's syntax (the core cannot read it).
     *
     * @throws IllegalArgumentException when the user does not exist, or has a different policy of that name
     */
    public boolean attachPolicy(AccountId account, String userName, NamedPolicy policy) {
        if (policy.name() == null || policy.name().isBlank() || policy.name().length() > 128) {
            throw new IllegalArgumentException("a policy needs a name of 1 to 128 characters");
        }
        return store.write(tx -> {
            requireUser(tx, account, userName);
            for (NamedPolicy p : tx.policies(account, userName)) {
                if (p.name().equals(policy.name())) {
                    if (!p.document().equals(policy.document())) {
                        throw new IllegalArgumentException("user " + userName + " has another policy named "
                                + policy.name() + "; detach it first");
                    }
                    return false;
                }
            }
            return tx.insertPolicy(account, userName, policy, clock.instant());
        });
    }

    /** Detaches the user's policy of that name; true when there was one. */
    public boolean detachPolicy(AccountId account, String userName, String policyName) {
        return store.write(tx -> {
            requireUser(tx, account, userName);
            return tx.deletePolicy(account, userName, policyName);
        });
    }

    public List<SubUser> users(AccountId account) {
        return store.read(tx -> tx.subUsers(account));
    }

    /** A sub-user with its policies, read together; empty when there is no such user. */
    public Optional<Principal> principal(AccountId account, String userName) {
        return store.read(tx -> principal(tx, account, userName));
    }

    private static Optional<Principal> principal(StoreTx tx, AccountId account, String userName) {
        return tx.subUser(account, userName).map(u -> new Principal(u, tx.policies(account, userName)));
    }

    /**
     * The key with its plain secret, for signature verification; a sub-user's key with the user and its
     * policies, read in the same transaction (one read per request, and one snapshot of both).
     */
    public Optional<AccessKey> findKey(String keyId) {
        AccessKey kept = rootKeys.get(keyId);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<AccessKey> key = store.read(tx -> tx.accessKey(keyId).map(k -> new AccessKey(k.id(),
                cipher.decrypt(k.id(), k.encryptedSecret()), k.account(), k.userName(), k.enabled(),
                k.userName() == null ? null : principal(tx, k.account(), k.userName()).orElse(null))));
        key.filter(k -> k.userName() == null).ifPresent(this::keep);
        return key;
    }

    private void keep(AccessKey key) {
        if (rootKeys.size() >= ROOT_KEYS_KEPT) {
            rootKeys.clear();
        }
        rootKeys.put(key.id(), key);
    }

    public boolean exists(AccountId id) {
        return store.read(tx -> tx.account(id)).isPresent();
    }

    private static void requireUser(StoreTx tx, AccountId account, String userName) {
        if (tx.subUser(account, userName).isEmpty()) {
            throw new IllegalArgumentException("no user " + userName + " in account " + account);
        }
    }

    /**
     * RAM's rule for user names, which CAM's (letters, digits, +=,.@_-, up to 64) also satisfies.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkUserName(String name) {
        if (name == null || name.isEmpty() || name.length() > 64) {
            throw new IllegalArgumentException("a user name has 1 to 64 characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "._-@".indexOf(c) >= 0;
            if (!ok) {
                throw new IllegalArgumentException("a user name holds letters, digits and . _ - @ only: " + name);
            }
        }
    }

    private static String newUid(Cloud cloud) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return cloud == Cloud.TENCENT
                ? Long.toString(100_000_000_000L + random.nextLong(900_000_000_000L))
                : Long.toString(2_000_000_000_000_000L + random.nextLong(8_000_000_000_000_000L));
    }
}
