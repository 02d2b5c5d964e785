package io.imageshare.api.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.http.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliyunParamsTest {
    private static AliyunParams of(String... pairs) {
        List<Param> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Param(pairs[i], pairs[i + 1]));
        }
        return new AliyunParams(list, ParamErrors.STANDARD);
    }

    private static String codeOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (AliyunException e) {
            return e.code().code() + ": " + e.getMessage();
        }
    }

    @Test
    void listsAreOrderedByNumericIndex() {
        assertThat(of("AddAccount.10", "c", "AddAccount.2", "b", "AddAccount.1", "a").list("AddAccount"))
                .containsExactly("a", "b", "c");
    }

    @Test
    void emptyValuesCountAsAbsent() {
        assertThat(codeOf(() -> of("ImageId", "").required("ImageId")))
                .isEqualTo("MissingParameter: The input parameter \"ImageId\" that is mandatory for processing this request is not supplied.");
    }

    @Test
    void integersOutOfBoundsOrNotNumbersAreInvalid() {
        assertThat(codeOf(() -> of("PageSize", "101").integer("PageSize", 10, 1, 100))).startsWith("InvalidParameter: ");
        assertThat(codeOf(() -> of("PageSize", "abc").integer("PageSize", 10, 1, 100))).contains("\"PageSize\"");
        assertThat(of().integer("PageSize", 10, 1, 100)).isEqualTo(10);
    }

    @Test
    void controlCharactersConflictsAndHugeValuesAreRefused() {
        assertThat(codeOf(() -> of("ImageId", "m-\u0000").required("ImageId"))).startsWith("InvalidParameter");
        assertThat(codeOf(() -> of("ImageId", "a", "ImageId", "b").required("ImageId"))).startsWith("InvalidParameter");
        assertThat(of("ImageId", "a", "ImageId", "a").required("ImageId")).isEqualTo("a");
        assertThat(codeOf(() -> of("ImageId", "x".repeat(5000)).required("ImageId"))).startsWith("InvalidParameter");
    }

    @Test
    void booleansInAnyCase() {
        assertThat(of("IsPublic", "TRUE").bool("IsPublic")).isTrue();
        assertThat(of("IsPublic", "false").bool("IsPublic")).isFalse();
        assertThatThrownBy(() -> of("IsPublic", "yes").bool("IsPublic")).isInstanceOf(AliyunException.class);
    }
}
