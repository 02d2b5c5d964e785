package io.imageshare.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentCodecTest {
    @Test
    void decodesPlusAsSpaceAndEscapesAsUtf8() {
        assertThat(PercentCodec.decodeForm("a=my+image*%7E%2F%C3%A9%2B%26%3D&b=&c"))
                .containsExactly(new Param("a", "my image*~/é+&="), new Param("b", ""), new Param("c", ""));
    }

    @Test
    void encodesPerRfc3986() {
        assertThat(PercentCodec.encode("my image*~/é+&=")).isEqualTo("my%20image%2A~%2F%C3%A9%2B%26%3D");
        assertThat(PercentCodec.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
    }

    @Test
    void encodesTwiceInOnePassAsEncodingTheEncodedString() {
        for (String s : new String[] {"", "AZaz09-_.~", "my image*~/é+&=", "a%2Fb", "中\uD83D\uDE00\u007f x"}) {
            StringBuilder out = new StringBuilder("prefix:");
            PercentCodec.appendEncodedTwice(out, s);
            assertThat(out.toString()).isEqualTo("prefix:" + PercentCodec.encode(PercentCodec.encode(s)));
        }
    }

    @Test
    void refusesBrokenEscapesAndInvalidUtf8() {
        assertThatThrownBy(() -> PercentCodec.decodeForm("a=%G1")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> PercentCodec.decodeForm("a=%C3%28")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> PercentCodec.decodeForm("a=%4")).isInstanceOf(MalformedRequestException.class);
        // Digits of other scripts are digits to Character.digit, never to an escape.
        assertThatThrownBy(() -> PercentCodec.decodeForm("a=%\u0663A")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> PercentCodec.decodeForm("a=%\uFF14\uFF11"))
                .isInstanceOf(MalformedRequestException.class);
        // A lone continuation byte or lead byte: not ASCII, so the strict decoder must see it.
        assertThatThrownBy(() -> PercentCodec.decodeForm("a=%7F%80")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> PercentCodec.decodeForm("a=x%C3")).isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void decodesEscapedAsciiAndMixedText() {
        assertThat(PercentCodec.decodeForm("t=2026-11-24T08%3A00%3A00Z&s=ab%2B%2F%3D&u=%7F%c3%a9x"))
                .containsExactly(new Param("t", "2026-11-24T08:00:00Z"), new Param("s", "ab+/="),
                        new Param("u", "\u007féx"));
    }

    @Test
    void skipsEmptyPairs() {
        assertThat(PercentCodec.decodeForm("&&a=1&&")).containsExactly(new Param("a", "1"));
    }
}
