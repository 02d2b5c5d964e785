package io.imageshare.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as every dialect prints them: {@code yyyy-MM-ddTHH:mm:ssZ} in UTC, whole seconds. Written
 * digit by digit for years 0 to 9999: the formatter took a fiftieth of a describe call's time, five
 * recipients a page (issue 6). Other years, which no vendor prints, go through the formatter.
 */
public final class WireTimes {
    private static final long FIRST = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    /** Latin-1 bytes: a String is made of them in one copy, where chars are first compressed to bytes. */
    private static final byte[] TEMPLATE = "0000-00-00T00:00:00Z".getBytes(StandardCharsets.ISO_8859_1);

    private WireTimes() {
    }

    /** The instant, truncated to the second, as {@link DateTimeFormatter#ISO_INSTANT} writes it. */
    public static String isoSeconds(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        byte[] out = TEMPLATE.clone();
        digits(out, 0, 4, t.getYear());
        digits(out, 5, 2, t.getMonthValue());
        digits(out, 8, 2, t.getDayOfMonth());
        digits(out, 11, 2, t.getHour());
        digits(out, 14, 2, t.getMinute());
        digits(out, 17, 2, t.getSecond());
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] out, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
