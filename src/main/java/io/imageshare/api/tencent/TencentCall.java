package io.imageshare.api.tencent;

import io.imageshare.core.AccountId;
import io.imageshare.core.Caller;

/** One authenticated call as a product's handlers see it; {@code region} is null for global actions. */
public record TencentCall(String requestId, String action, Caller caller, String region, TencentParams params) {
    public AccountId account() {
        return caller.account();
    }
}
