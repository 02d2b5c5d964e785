package io.imageshare.api.tencent.cvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.api.tencent.TencentLanguage;
import io.imageshare.core.CoreError;
import io.imageshare.core.CoreException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each refusal of the core has its CVM code, and each CVM message exists in both languages. */
class CvmErrorsTest {
    @Test
    void everyRefusalOfTheCoreHasItsCvmCode() {
        Map<CoreError, String> expected = new EnumMap<>(CoreError.class);
        expected.put(CoreError.IMAGE_NOT_FOUND, "InvalidImageId.NotFound");
        expected.put(CoreError.IMAGE_NOT_OWNED, "UnauthorizedOperation.ImageNotBelongToAccount");
        expected.put(CoreError.RECIPIENT_NOT_FOUND, "InvalidAccountId.NotFound");
        expected.put(CoreError.RECIPIENT_IS_OWNER, "InvalidAccountIs.YourSelf");
        expected.put(CoreError.RECIPIENT_ALREADY_SHARED, "FailedOperation.AccountAlreadyExists");
        expected.put(CoreError.SHARE_QUOTA_EXCEEDED, "OverQuota");
        expected.put(CoreError.IMAGE_IN_SHARE, "InvalidImageId.InShared");
        expected.put(CoreError.IMAGE_IS_PUBLIC, "InvalidParameterValue.InvalidImageId");
        expected.put(CoreError.IMAGE_NAME_DUPLICATED, "InvalidImageName.Duplicate");
        CvmErrors errors = new CvmErrors(500);

        expected.forEach((core, code) ->
                assertThat(errors.of(new CoreException(core, "img-00000000")).code().code()).as(core.name()).isEqualTo(code));
        assertThatThrownBy(() -> errors.of(new CoreException(CoreError.RECIPIENT_IN_ADD_AND_REMOVE, "1")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyMessageHasBothLanguagesAndTheSamePlaceholders() {
        for (CvmError e : CvmError.values()) {
            String en = e.message(TencentLanguage.EN_US);
            String zh = e.message(TencentLanguage.ZH_CN);
            assertThat(en).as(e.name()).isNotBlank().isNotEqualTo(zh);
            assertThat(zh).as(e.name()).isNotBlank();
            assertThat(count(zh, "%s")).as(e.name()).isEqualTo(count(en, "%s"));
        }
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
