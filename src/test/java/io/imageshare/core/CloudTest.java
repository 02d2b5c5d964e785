package io.imageshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which account IDs each cloud accepts: ASCII digits only, Alibaba 1 to 20, Tencent 5 to 20. */
class CloudTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "1234", "12345678901234567890", "0000000000000000001"})
    void alibabaTakesOneToTwentyDigits(String id) {
        assertThat(Cloud.ALIYUN.isValidAccountId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "100000000001", "12345678901234567890"})
    void tencentTakesFiveToTwentyDigits(String id) {
        assertThat(Cloud.TENCENT.isValidAccountId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789012345678901", "12a4", " 123", "123 ", "-12", "+12", "1.2",
        "١٢٣", "１２３", "12\u00003"})
    void neitherTakesAnythingElse(String id) {
        assertThat(Cloud.ALIYUN.isValidAccountId(id)).isFalse();
        assertThat(Cloud.TENCENT.isValidAccountId(id)).isFalse();
    }

    @Test
    void tencentRefusesFewerThanFiveDigitsAndNullIsNoId() {
        assertThat(Cloud.TENCENT.isValidAccountId("1234")).isFalse();
        assertThat(Cloud.ALIYUN.isValidAccountId(null)).isFalse();
        assertThat(Cloud.TENCENT.isValidAccountId(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> AccountId.tencent("1234"));
    }
}
