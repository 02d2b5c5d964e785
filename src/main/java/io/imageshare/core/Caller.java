package io.imageshare.core;

/**
 * Who a verified request acts for. A sub-user acts inside its account: ownership is the account's.
 * {@code userName} is null for the account's root principal. {@code principal} is the sub-user with its
 * policies, read with the key in the same transaction, so a request is authorised against the policies
 * that held when its key was read; null for the root, and for a sub-user that no longer exists.
 */
public record Caller(AccountId account, String userName, String accessKeyId, Principal principal) {
    public Caller(AccountId account, String userName, String accessKeyId) {
        this(account, userName, accessKeyId, null);
    }

    public boolean isRoot() {
        return userName == null;
    }
}
