package io.imageshare.core;

/**
 * Who a verified request acts for. A sub-user acts inside its account: ownership is the account's.
 * {@code userName} is null for the account's root principal.
 */
public record Caller(AccountId account, String userName, String accessKeyId) {
    public boolean isRoot() {
        return userName == null;
    }
}
