package io.imageshare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireTimesTest {
    private static String formatter(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-07-15T13:59:21Z", "2024-07-15T13:59:21.999999999Z", "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.5Z", "2000-02-29T12:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.9Z",
            "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"})
    void writesWhatTheFormatterWrites(String time) {
        Instant instant = Instant.parse(time);
        assertThat(WireTimes.isoSeconds(instant)).isEqualTo(formatter(instant));
    }

    @Test
    void agreesWithTheFormatterOverTheWholeRange() {
        SplittableRandom random = new SplittableRandom(6);
        long from = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertThat(WireTimes.isoSeconds(instant)).as("%s", instant).isEqualTo(formatter(instant));
        }
    }
}
