package io.imageshare.api.aliyun.swas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.api.aliyun.ParamErrors;
import io.imageshare.core.AccountId;
import io.imageshare.core.Caller;
import io.imageshare.core.ClientToken;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.PercentCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What makes two SWAS requests "the same request" for a client token, and which tokens are well-formed. */
class SwasTokensTest {
    private static final String SIGNED = "AccessKeyId=AK&Signature=abc&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0"
            + "&SignatureNonce=n1&Timestamp=2026-01-01T00:00:00Z&Format=json&Version=2020-06-01";

    private static AliyunCall call(String action, String query) {
        ApiRequest request = new ApiRequest("POST", "/", query, Map.of(), new byte[0], "127.0.0.1");
        return new AliyunCall(request, "R", action, new Caller(AccountId.aliyun("1"), null, "AK"),
                new AliyunParams(request.params(), ParamErrors.STANDARD), null);
    }

    private static ClientToken token(String action, String query) {
        return SwasTokens.of(call(action, query), "cn-hangzhou");
    }

    @Test
    void noTokenGivesNoClientToken() {
        assertThat(token("AddCustomImageShareAccount", "ImageId=m-1&Account.1=2")).isNull();
        assertThat(token("AddCustomImageShareAccount", "ImageId=m-1&ClientToken=")).as("empty is absent").isNull();
    }

    @Test
    void signatureNonceTimeFormatKeyAndOrderDoNotChangeTheFingerprint() {
        ClientToken acs3 = token("AddCustomImageShareAccount", "ImageId=m-1&Account.2=3&Account.1=2&ClientToken=t");
        ClientToken rpc = token("AddCustomImageShareAccount", "ClientToken=t&Account.1=2&Account.2=3&ImageId=m-1&"
                + SIGNED + "&RegionId=cn-hangzhou&Empty=");

        assertThat(rpc).isEqualTo(acs3);
        assertThat(acs3.value()).isEqualTo("t");
        assertThat(acs3.fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void actionRegionAndEveryBusinessValueChangeTheFingerprint() {
        String base = "ImageId=m-1&Account.1=2&ClientToken=t";
        String fingerprint = token("AddCustomImageShareAccount", base).fingerprint();
        List<String> others = new ArrayList<>();
        others.add(token("RemoveCustomImageShareAccount", base).fingerprint());
        others.add(SwasTokens.of(call("AddCustomImageShareAccount", base), "cn-beijing").fingerprint());
        others.add(token("AddCustomImageShareAccount", "ImageId=m-2&Account.1=2&ClientToken=t").fingerprint());
        others.add(token("AddCustomImageShareAccount", "ImageId=m-1&Account.1=3&ClientToken=t").fingerprint());
        others.add(token("AddCustomImageShareAccount", base + "&Account.2=3").fingerprint());
        others.add(token("AddCustomImageShareAccount", base + "&Extra=1").fingerprint());
        // Length prefixes keep a value from posing as a name: {"A": "1B=2"} against {"A": "1", "B": "2"}.
        others.add(token("X", "A=1B%3D2&ClientToken=t").fingerprint());

        assertThat(others).doesNotContain(fingerprint).doesNotHaveDuplicates();
        assertThat(token("X", "A=1&B=2&ClientToken=t").fingerprint()).isNotEqualTo(others.get(others.size() - 1));
    }

    @Test
    void tokensAreUpToSixtyFourPrintableAsciiCharacters() {
        assertThat(token("X", "ClientToken=" + "~".repeat(64)).value()).hasSize(64);
        assertThat(token("X", "ClientToken=" + PercentCodec.encode("tok en+/=")).value()).isEqualTo("tok en+/=");
        for (String bad : new String[] {"x".repeat(65), "t\u00f6k", "\u65e5", "a\u007f"}) {
            String encoded = java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8);
            AliyunException e = catchThrowableOfType(() -> token("X", "ClientToken=" + encoded),
                    AliyunException.class);
            assertThat(e.code().code()).isEqualTo("InvalidParameter");
            assertThat(e.getMessage()).contains("ClientToken");
        }
    }
}
