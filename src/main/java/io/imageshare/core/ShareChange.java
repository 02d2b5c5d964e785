package io.imageshare.core;

import java.util.List;

/**
 * One change request: accounts to add and to remove, and optionally the public switch.
 * {@code failIfAlreadyShared} is the Tencent rule; Alibaba dialects treat re-adding as a no-op.
 */
public record ShareChange(List<AccountId> add, List<AccountId> remove, Boolean makePublic,
                          boolean failIfAlreadyShared) {
    public ShareChange {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }

    public static ShareChange add(List<AccountId> accounts) {
        return new ShareChange(accounts, List.of(), null, false);
    }

    public static ShareChange remove(List<AccountId> accounts) {
        return new ShareChange(List.of(), accounts, null, false);
    }
}
