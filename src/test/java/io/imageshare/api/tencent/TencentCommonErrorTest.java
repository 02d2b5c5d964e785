package io.imageshare.api.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The common errors are data: each has both languages with the same placeholders. */
class TencentCommonErrorTest {
    @Test
    void everyMessageHasBothLanguagesAndTheSamePlaceholders() {
        for (TencentCommonError e : TencentCommonError.values()) {
            String en = e.english();
            String zh = e.chinese();
            assertThat(en).as(e.name()).isNotBlank().isNotEqualTo(zh);
            assertThat(zh.split(Pattern.quote("%s"), -1).length).as(e.name())
                    .isEqualTo(en.split(Pattern.quote("%s"), -1).length);
        }
    }

    @Test
    void theExceptionFillsTheTemplateOfTheRequestedLanguage() {
        TencentException e = TencentException.of(TencentCommonError.MISSING_PARAMETER, "ImageId");

        assertThat(e.message(TencentLanguage.EN_US)).isEqualTo("The request is missing the required parameter `ImageId`.");
        assertThat(e.message(TencentLanguage.ZH_CN)).isEqualTo("缺少必选参数`ImageId`。");
    }
}
