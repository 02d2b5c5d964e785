package io.imageshare.api.aliyun;

/** The Alibaba error envelope (api-reference E.1); {@code accessDeniedDetail} only on RAM denials. */
public record ErrorBody(String requestId, String hostId, String code, String message, String recommend,
                        AccessDeniedDetail accessDeniedDetail) {
}
