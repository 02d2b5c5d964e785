package io.imageshare.api.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliyunRendererTest {
    record Body(String requestId, long totalCount, Accounts accounts) {
    }

    record Accounts(List<Account> account) {
    }

    record Account(String aliyunId) {
    }

    private final AliyunRenderer renderer = new AliyunRenderer();

    @Test
    void jsonKeepsTheVendorWrapperAndUpperCamelCase() {
        ApiResponse r = renderer.success("DescribeImageSharePermission",
                new Body("R1", 2, new Accounts(List.of(new Account("1"), new Account("2")))), AliyunFormat.JSON);
        assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"RequestId\":\"R1\",\"TotalCount\":2,\"Accounts\":{\"Account\":[{\"AliyunId\":\"1\"},{\"AliyunId\":\"2\"}]}}");
        assertThat(r.contentType()).isEqualTo("application/json;charset=utf-8");
    }

    @Test
    void xmlRepeatsTheItemElementUnderTheWrapper() {
        ApiResponse r = renderer.success("DescribeImageSharePermission",
                new Body("R1", 2, new Accounts(List.of(new Account("1"), new Account("2")))), AliyunFormat.XML);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).endsWith(
                "<DescribeImageSharePermissionResponse><RequestId>R1</RequestId><TotalCount>2</TotalCount>"
                        + "<Accounts><Account><AliyunId>1</AliyunId></Account><Account><AliyunId>2</AliyunId></Account>"
                        + "</Accounts></DescribeImageSharePermissionResponse>");
        assertThat(r.contentType()).isEqualTo("text/xml;charset=utf-8");
    }

    @Test
    void errorsUseTheErrorRoot() {
        ApiResponse r = renderer.error(404, new ErrorBody("R", "h", "C", "M", null, null), AliyunFormat.XML);
        assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .contains("<Error><RequestId>R</RequestId><HostId>h</HostId><Code>C</Code><Message>M</Message></Error>");
        assertThat(r.status()).isEqualTo(404);
    }
}
