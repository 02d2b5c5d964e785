package io.imageshare.core;

/** An access key with its plain secret, as the signature verifiers need it. Never logged. */
public record AccessKey(String id, String secret, AccountId account, String userName, boolean enabled) {
    public Caller caller() {
        return new Caller(account, userName, id);
    }

    @Override
    public String toString() {
        return "AccessKey[" + id + " of " + account + (userName == null ? "" : "/" + userName) + "]";
    }
}
