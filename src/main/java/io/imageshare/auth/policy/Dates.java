package io.imageshare.auth.policy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates of Date... / date_... conditions, compared as instants so that offsets do not matter. */
final class Dates {
    private Dates() {
    }

    /**
     * An ISO-8601 date-time with an offset or Z ({@code 2019-08-12T17:00:00+08:00}, {@code 2026-01-01T00:00:00Z}),
     * or null.
     *
     * @param utcWithoutOffset also take a date-time without offset, with {@code T} or a space between date and
     *                         time, as UTC: Tencent's condition examples write {@code "2022-05-31 00:00:00"} and say
     *                         qcs:current_time is UTC. RAM requires the offset, since a time without one is
     *                         ambiguous.
     */
    static Instant parse(String text, boolean utcWithoutOffset) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            if (!utcWithoutOffset) {
                return null;
            }
        }
        String local = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return LocalDateTime.parse(local, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
