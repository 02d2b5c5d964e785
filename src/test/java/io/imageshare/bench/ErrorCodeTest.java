package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void aliyunSuccessHasNoCode() {
        assertThat(ErrorCode.of(200, bytes("{\"RequestId\":\"X\",\"TotalCount\":5}"))).isNull();
        // Only Tencent answers errors with 200: an Alibaba success that quotes the marker is a success.
        assertThat(ErrorCode.of(200, bytes("{\"RequestId\":\"X\",\"Description\":{\"Error\":{\"Code\":\"c\"}}}")))
                .isNull();
    }

    @Test
    void aliyunErrorCodeComesFromJsonOrXml() {
        assertThat(ErrorCode.of(404, bytes("{\"RequestId\":\"X\",\"Code\":\"InvalidImageId.NotFound\"}")))
                .isEqualTo("InvalidImageId.NotFound");
        assertThat(ErrorCode.of(400, bytes("<?xml version=\"1.0\"?><Error><Code>SignatureNonceUsed</Code></Error>")))
                .isEqualTo("SignatureNonceUsed");
    }

    @Test
    void tencentErrorIsFoundInA200Answer() {
        assertThat(ErrorCode.of(200, bytes("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\","
                + "\"Message\":\"m\"},\"RequestId\":\"r\"}}"))).isEqualTo("AuthFailure.SignatureExpire");
        assertThat(ErrorCode.of(200, bytes("{\"Response\":{\"SharePermissionSet\":[],\"RequestId\":\"r\"}}")))
                .isNull();
    }

    @Test
    void anAnswerWithoutACodeIsNamedByItsStatus() {
        assertThat(ErrorCode.of(404, bytes("Not Found"))).isEqualTo("HTTP 404");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
