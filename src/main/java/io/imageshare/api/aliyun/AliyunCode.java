package io.imageshare.api.aliyun;

/** An Alibaba error: wire code, HTTP status and message template ({@code %s} filled per case). */
public interface AliyunCode {
    String code();

    int status();

    String message();
}
