package io.imageshare.api.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One parameter view, checked whole against what the action defines. */
class TencentParamsTest {
    private static final Map<String, ParamKind> DEFINED = Map.of("ImageId", ParamKind.STRING, "Limit", ParamKind.INTEGER,
            "DryRun", ParamKind.BOOLEAN, "AccountIds", ParamKind.STRING_LIST, "Filters", ParamKind.FILTERS,
            "TagSpecification", ParamKind.IGNORED);

    private static TencentParams params(String json) {
        try {
            return new TencentParams((ObjectNode) new ObjectMapper().readTree(json), DEFINED);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String refusal(String json) {
        try {
            params(json);
        } catch (TencentException e) {
            return e.code().code() + " " + e.message(TencentLanguage.EN_US);
        }
        throw new AssertionError("accepted " + json);
    }

    @Test
    void readsEveryKindFromJsonOrFromFlattenedText() {
        TencentParams json = params("{\"ImageId\":\"img-1\",\"Limit\":5,\"DryRun\":true,\"AccountIds\":[\"1\",\"2\"],"
                + "\"Filters\":[{\"Name\":\"image-type\",\"Values\":[\"PRIVATE_IMAGE\"]}],\"TagSpecification\":[{}]}");
        TencentParams text = params("{\"Limit\":\"5\",\"DryRun\":\"TRUE\"}");

        assertThat(json.string("ImageId")).isEqualTo("img-1");
        assertThat(json.integer("Limit")).isEqualTo(5L);
        assertThat(json.bool("DryRun")).isTrue();
        assertThat(json.strings("AccountIds")).containsExactly("1", "2");
        assertThat(json.filters("Filters")).containsExactly(
                new TencentParams.Filter(0, "image-type", List.of("PRIVATE_IMAGE")));
        assertThat(text.integer("Limit")).isEqualTo(5L);
        assertThat(text.bool("DryRun")).isTrue();
    }

    @Test
    void nullAndAbsentAreTheSame() {
        TencentParams p = params("{\"ImageId\":null,\"AccountIds\":null}");

        assertThat(p.string("ImageId")).isNull();
        assertThat(p.strings("AccountIds")).isEmpty();
        assertThat(refusalOfRequired(p)).isEqualTo("MissingParameter The request is missing the required parameter `ImageId`.");
    }

    private static String refusalOfRequired(TencentParams p) {
        try {
            p.requiredString("ImageId");
        } catch (TencentException e) {
            return e.code().code() + " " + e.message(TencentLanguage.EN_US);
        }
        throw new AssertionError("present");
    }

    @Test
    void anUndefinedParameterIsUnknownParameterAtAnyDepth() {
        assertThat(refusal("{\"Foo\":1}")).isEqualTo("UnknownParameter The parameter `Foo` is not defined for this API.");
        assertThat(refusal("{\"Filters\":[{\"Name\":\"a\",\"Values\":[\"b\"],\"Foo\":1}]}"))
                .startsWith("UnknownParameter").contains("`Filters.0.Foo`");
    }

    @Test
    void aValueOfTheWrongTypeIsInvalidParameterNamingIt() {
        assertThat(refusal("{\"ImageId\":1}")).startsWith("InvalidParameter ").contains("`ImageId`");
        assertThat(refusal("{\"ImageId\":[\"a\"]}")).startsWith("InvalidParameter ").contains("`ImageId`");
        assertThat(refusal("{\"Limit\":1.5}")).startsWith("InvalidParameter ").contains("`Limit`");
        assertThat(refusal("{\"Limit\":\"1e3\"}")).startsWith("InvalidParameter ").contains("`Limit`");
        assertThat(refusal("{\"Limit\":99999999999999999999}")).startsWith("InvalidParameter ").contains("`Limit`");
        assertThat(refusal("{\"DryRun\":1}")).startsWith("InvalidParameter ").contains("`DryRun`");
        assertThat(refusal("{\"AccountIds\":\"1\"}")).startsWith("InvalidParameter ").contains("`AccountIds`");
        assertThat(refusal("{\"AccountIds\":[1]}")).startsWith("InvalidParameter ").contains("`AccountIds.0`");
        assertThat(refusal("{\"Filters\":[\"image-type\"]}")).startsWith("InvalidParameter ").contains("`Filters.0`");
        assertThat(refusal("{\"Filters\":[{\"Name\":\"a\",\"Values\":\"b\"}]}")).contains("`Filters.0.Values`");
    }

    @Test
    void controlCharactersOrOverlongStringsAreInvalidParameterValue() {
        assertThat(refusal("{\"ImageId\":\"a\\u0000b\"}")).startsWith("InvalidParameterValue").contains("`ImageId`");
        assertThat(refusal("{\"AccountIds\":[\"1\",\"2\\t\"]}")).startsWith("InvalidParameterValue")
                .contains("`AccountIds.1`");
        assertThat(refusal("{\"ImageId\":\"" + "a".repeat(TencentParams.MAX_VALUE_LENGTH + 1) + "\"}"))
                .startsWith("InvalidParameterValue");
    }
}
