package io.imageshare.api.aliyun.ens;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.api.aliyun.AliyunException;
import org.junit.jupiter.api.Test;

/** ENS names invalid parameters in the code itself, and never lets a request's text into a code. */
class EnsParamErrorsTest {

    @Test
    void anInvalidFieldIsInvalidParameterDotFieldWithHttp400() {
        AliyunException e = EnsParamErrors.INSTANCE.invalid("PageSize");

        assertThat(e.code().code()).isEqualTo("InvalidParameter.PageSize");
        assertThat(e.code().status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("The specified field PageSize invalid. Please check it again.");
    }

    @Test
    void aMissingFieldIsTheDocumentedMissingParameter() {
        AliyunException e = EnsParamErrors.INSTANCE.missing("ImageId");

        assertThat(e.code().code()).isEqualTo("MissingParameter");
        assertThat(e.code().status()).isEqualTo(400);
        assertThat(e.getMessage())
                .isEqualTo("The input parameter that is mandatory for processing this request is not supplied.");
    }

    @Test
    void aNameThatIsNotAPlainParameterNameNeverBecomesPartOfACode() {
        for (String name : new String[] {"Tag.0<script>", "a b", "", "X".repeat(65), "9Lives", "Ñame"}) {
            AliyunException e = EnsParamErrors.INSTANCE.invalid(name);
            assertThat(e.code().code()).isEqualTo("InvalidParameter");
            assertThat(e.getMessage()).doesNotContain(name.isEmpty() ? "\u0000" : name);
        }
    }

    @Test
    void recipientListsIgnoreBlanksAndRepeatsButNotGarbage() {
        assertThat(EnsInput.accounts(" 12 ,,34,12, ", "AddAccounts")).extracting(a -> a.id())
                .containsExactly("12", "34");
        assertThat(EnsInput.accounts(null, "AddAccounts")).isEmpty();
        assertThat(EnsInput.oneAccount("56,", "RemoveAccounts")).extracting(a -> a.id()).containsExactly("56");
    }
}
