package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AliyunCode;

/** ENS's {@code InvalidParameter.%s}: the code itself names the field (api-reference B.2). */
record EnsInvalidField(String field) implements AliyunCode {
    @Override
    public String code() {
        return "InvalidParameter." + field;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String message() {
        return "The specified field %s invalid. Please check it again.";
    }
}
