package io.imageshare.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.http.Param;
import io.imageshare.http.PercentCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AliyunRpcSignatureTest {
    /** wire.md §4.1 written out as the SDKs do it: encode each pair, join, encode the whole again. */
    private static String byTheSpec(String method, List<Param> params, boolean withEmpty) {
        List<Param> signed = new ArrayList<>();
        for (Param p : params) {
            if (!p.name().equals("Signature") && (withEmpty || !p.value().isEmpty())) {
                signed.add(p);
            }
        }
        signed.sort(AliyunRpcSignature.BY_NAME_THEN_VALUE);
        List<String> pairs = new ArrayList<>();
        for (Param p : signed) {
            pairs.add(PercentCodec.encode(p.name()) + "=" + PercentCodec.encode(p.value()));
        }
        return method + "&" + PercentCodec.encode("/") + "&" + PercentCodec.encode(String.join("&", pairs));
    }

    @Test
    void encodesTheCanonicalQueryTwiceInOnePass() {
        List<Param> params = List.of(new Param("Timestamp", "2026-11-24T08:00:00Z"),
                new Param("ImageName", "my image*~/é+&=😀"), new Param("Empty", ""),
                new Param("Signature", "left out"), new Param("A", "2"), new Param("A", "1"));
        assertThat(AliyunRpcSignature.stringToSign("GET", params, true)).isEqualTo(
                "GET&%2F&A%3D1%26A%3D2%26Empty%3D%26ImageName%3Dmy%2520image%252A~%252F%25C3%25A9%252B%2526%253D"
                        + "%25F0%259F%2598%2580%26Timestamp%3D2026-11-24T08%253A00%253A00Z");
        assertThat(AliyunRpcSignature.stringToSign("POST", params, false))
                .isEqualTo(byTheSpec("POST", params, false)).doesNotContain("Empty");
    }

    @Test
    void agreesWithTheTwoPassFormOnRandomParameters() {
        Random random = new Random(6);
        String alphabet = "aZ09-_.~ %&=+*/:?#@!$'()[],;é中\uD83D\uDE00\u0000\u007f";
        for (int round = 0; round < 2_000; round++) {
            List<Param> params = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                params.add(new Param(text(random, alphabet, 1 + random.nextInt(8)), text(random, alphabet,
                        random.nextInt(20))));
            }
            boolean withEmpty = random.nextBoolean();
            assertThat(AliyunRpcSignature.stringToSign("GET", params, withEmpty))
                    .isEqualTo(byTheSpec("GET", params, withEmpty));
        }
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int i = random.nextInt(alphabet.length());
            char c = alphabet.charAt(i);
            if (Character.isHighSurrogate(c)) {
                sb.append(c).append(alphabet.charAt(i + 1));
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
