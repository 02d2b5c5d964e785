package io.imageshare.api.tencent;

import java.util.regex.Pattern;

/** What an error message may repeat of the request: plain names and values as sent, anything else not at all. */
public final class Echo {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private Echo() {
    }

    public static String name(String name) {
        return name != null && PLAIN.matcher(name).matches() ? name : "(unprintable name)";
    }

    public static String value(String value) {
        return value != null && PLAIN.matcher(value).matches() ? value : "(unprintable value)";
    }
}
