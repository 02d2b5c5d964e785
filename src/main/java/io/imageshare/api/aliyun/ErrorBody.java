package io.imageshare.api.aliyun;

/** The Alibaba error envelope (api-reference E.1). */
public record ErrorBody(String requestId, String hostId, String code, String message, String recommend) {
}
