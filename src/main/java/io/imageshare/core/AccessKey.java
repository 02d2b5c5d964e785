package io.imageshare.core;

/**
 * An access key with its plain secret, as the signature verifiers need it, and for a sub-user's key
 * the user with its policies (null for a root key, or when the user is gone). Never logged.
 */
public record AccessKey(String id, String secret, AccountId account, String userName, boolean enabled,
                        Principal principal) {
    public AccessKey(String id, String secret, AccountId account, String userName, boolean enabled) {
        this(id, secret, account, userName, enabled, null);
    }

    public Caller caller() {
        return new Caller(account, userName, id, principal);
    }

    @Override
    public String toString() {
        return "AccessKey[" + id + " of " + account + (userName == null ? "" : "/" + userName) + "]";
    }
}
