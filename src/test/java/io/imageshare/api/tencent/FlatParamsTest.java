package io.imageshare.api.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.http.Param;
import io.imageshare.http.PercentCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flattened TC3 GET and v1 parameters become the JSON tree a TC3 POST carries. */
class FlatParamsTest {
    private static String tree(String query) {
        return FlatParams.toTree(PercentCodec.decodeForm(query)).toString();
    }

    private static String codeOf(String query) {
        try {
            FlatParams.toTree(PercentCodec.decodeForm(query));
        } catch (TencentException e) {
            return e.code().code() + " " + e.message(TencentLanguage.EN_US);
        }
        throw new AssertionError("accepted " + query);
    }

    @Test
    void theCapturedGetOfDescribeImagesIsTheJsonBodyOfThePost() {
        // wire.md B.5: the same request, tc3-get and tc3-post.
        assertThat(tree("Filters.0.Values.1=SHARED_IMAGE&Filters.0.Values.0=PRIVATE_IMAGE&Filters.0.Name=image-type"
                + "&ImageIds.0=img-12345678&Limit=10&Offset=0"))
                .isEqualTo("{\"Filters\":[{\"Values\":[\"PRIVATE_IMAGE\",\"SHARED_IMAGE\"],\"Name\":\"image-type\"}],"
                        + "\"ImageIds\":[\"img-12345678\"],\"Limit\":\"10\",\"Offset\":\"0\"}");
    }

    @Test
    void indexesNeedNotStartAtZeroAndKeepTheirOrder() {
        assertThat(tree("AccountIds.10=c&AccountIds.2=b&AccountIds.1=a")).isEqualTo("{\"AccountIds\":[\"a\",\"b\",\"c\"]}");
    }

    @Test
    void decodedValuesAreKeptAsSent() {
        assertThat(FlatParams.toTree(List.of(new Param("ImageName", "my image*~/é+&=\"中"))).path("ImageName").asText())
                .isEqualTo("my image*~/é+&=\"中");
    }

    @Test
    void aValueWhereAListIsOrTheReverseIsInvalidParameterNamingIt() {
        assertThat(codeOf("AccountIds=1&AccountIds.0=2")).startsWith("InvalidParameter ").contains("`AccountIds.0`");
        assertThat(codeOf("AccountIds.0=2&AccountIds=1")).startsWith("InvalidParameter ").contains("`AccountIds`");
    }

    @Test
    void oneNameWithTwoValuesIsInvalidButRepeatingTheSameValueIsNot() {
        assertThat(codeOf("Limit=1&Limit=2")).startsWith("InvalidParameter ").contains("`Limit`");
        assertThat(tree("Limit=1&Limit=1")).isEqualTo("{\"Limit\":\"1\"}");
    }

    @Test
    void indexesMixedWithNamesOrCollidingOrHugeAreInvalidParameter() {
        assertThat(codeOf("Filters.0.Name=a&Filters.x.Name=b")).startsWith("InvalidParameter ");
        assertThat(codeOf("ImageIds.1=a&ImageIds.01=b")).startsWith("InvalidParameter ").contains("ImageIds.01");
        assertThat(codeOf("ImageIds.12345=a")).startsWith("InvalidParameter ");
    }

    @Test
    void emptySegmentsAndDeepNamesAreUnknownParameters() {
        assertThat(codeOf("Filters..Name=a")).startsWith("UnknownParameter ");
        assertThat(codeOf("ImageIds.=a")).startsWith("UnknownParameter ");
        assertThat(codeOf("a.b.c.d.e.f.g.h.i=1")).startsWith("UnknownParameter ");
    }

    @Test
    void aNameUnfitToEchoIsNotEchoed() {
        assertThat(codeOf("a..<script>=1")).contains("(unprintable name)").doesNotContain("<script>");
    }
}
