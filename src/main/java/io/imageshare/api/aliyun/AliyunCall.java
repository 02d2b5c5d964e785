package io.imageshare.api.aliyun;

import io.imageshare.core.AccountId;
import io.imageshare.core.Caller;
import io.imageshare.http.ApiRequest;

/**
 * One authenticated call as a product adapter sees it. {@code regionFromSignature} is the region to
 * assume when a request carries none: the legacy SDK's V3 signer never sends RegionId (wire.md §3.5).
 */
public record AliyunCall(ApiRequest request, String requestId, String action, Caller caller,
                         AliyunParams params, String regionFromSignature) {
    public AccountId account() {
        return caller.account();
    }
}
