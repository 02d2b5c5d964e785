package io.imageshare.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Statement parameters. Unlike {@code List.of}, allows nulls (nullable text columns). */
final class Params {
    private Params() {
    }

    static List<Object> of(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
