package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one reading of an HTTP answer, fed a byte at a time as a non-blocking socket may deliver it. */
class ResponseParserTest {
    @Test
    void aLengthAnswerIsNotReadUntilItsLastByteAndNotBeyondIt() throws IOException {
        String answer = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        assertWholeOnlyAtTheEnd(answer, 200, "hello", false);
        byte[] two = bytes(answer + "HTTP/1.1 404 X\r\ncontent-length: 0\r\n\r\n");
        ResponseParser.Parsed first = ResponseParser.parse(two, 0, two.length, false);
        assertThat(first.length()).isEqualTo(answer.length());
        assertThat(ResponseParser.parse(two, first.length(), two.length, false).status()).isEqualTo(404);
    }

    @Test
    void aChunkedAnswerWithExtensionsAndTrailersIsJoined() throws IOException {
        assertWholeOnlyAtTheEnd("HTTP/1.1 400 Bad\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: t\r\n\r\n", 400, "abcde", true);
    }

    @Test
    void anAnswerWithoutLengthRunsToTheClose() throws IOException {
        byte[] b = bytes("HTTP/1.1 200 OK\n\nrest of it");
        assertThat(ResponseParser.parse(b, 0, b.length, false)).isNull();
        ResponseParser.Parsed parsed = ResponseParser.parse(b, 0, b.length, true);
        assertThat(new String(parsed.body(), StandardCharsets.US_ASCII)).isEqualTo("rest of it");
        assertThat(parsed.close()).isTrue();
    }

    @Test
    void aCloseInsideAnAnswerOrBytesThatAreNoAnswerAreErrors() {
        byte[] cut = bytes("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhalf");
        assertThatThrownBy(() -> ResponseParser.parse(cut, 0, cut.length, true)).isInstanceOf(EOFException.class);
        byte[] junk = bytes("SSH-2.0-OpenSSH_9.2\r\n");
        assertThatThrownBy(() -> ResponseParser.parse(junk, 0, junk.length, false)).isInstanceOf(IOException.class);
        for (String header : new String[] {"Content-Length: x", "Content-Length: -4", "Transfer-Encoding: chunked"}) {
            byte[] badLength = bytes("HTTP/1.1 200 OK\r\n" + header + "\r\n\r\nzz\r\n");
            assertThatThrownBy(() -> ResponseParser.parse(badLength, 0, badLength.length, false)).as(header)
                    .isInstanceOf(IOException.class);
        }
        byte[] badStatus = bytes("HTTP/1.1 2x0 OK\r\n\r\n");
        assertThatThrownBy(() -> ResponseParser.parse(badStatus, 0, badStatus.length, false))
                .isInstanceOf(IOException.class);
    }

    private static void assertWholeOnlyAtTheEnd(String answer, int status, String body, boolean close)
            throws IOException {
        byte[] b = bytes(answer);
        for (int n = 0; n < b.length; n++) {
            assertThat(ResponseParser.parse(b, 0, n, false)).as("first %d bytes", n).isNull();
        }
        ResponseParser.Parsed parsed = ResponseParser.parse(b, 0, b.length, false);
        assertThat(parsed.status()).isEqualTo(status);
        assertThat(new String(parsed.body(), StandardCharsets.US_ASCII)).isEqualTo(body);
        assertThat(parsed.length()).isEqualTo(b.length);
        assertThat(parsed.close()).isEqualTo(close);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
