package io.imageshare.auth.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The policy values of one condition key, compiled for the operator's kind when the policy is parsed, so that a
 * request only parses its own context value. Each variant answers whether the context value matches at least one
 * of the values (several values are alternatives); {@link Condition} applies negation and absent keys.
 */
sealed interface ValueTest {

    /** True if {@code contextValue} matches at least one policy value; false if it is not of the kind at all. */
    boolean matchesAny(String contextValue);

    /**
     * @param camDates whether dates without an offset are taken as UTC (see {@link Dates#parse})
     * @throws IllegalArgumentException naming the first value that is not of the operator's kind
     */
    static ValueTest compile(Operator operator, List<String> values, boolean camDates) {
        int n = values.size();
        return switch (operator.kind) {
            case STRING -> new Strings(values.toArray(String[]::new), false);
            case STRING_IGNORE_CASE -> new Strings(values.toArray(String[]::new), true);
            case LIKE -> new Likes(values.stream().map(Glob::caseSensitive).toArray(Glob[]::new));
            case NUMERIC -> {
                BigDecimal[] numbers = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    numbers[i] = number(values.get(i));
                    if (numbers[i] == null) {
                        throw new IllegalArgumentException("\"" + values.get(i) + "\" is not a number");
                    }
                }
                yield new Numbers(numbers, operator.relation);
            }
            case DATE -> {
                Instant[] instants = new Instant[n];
                for (int i = 0; i < n; i++) {
                    instants[i] = Dates.parse(values.get(i), camDates);
                    if (instants[i] == null) {
                        throw new IllegalArgumentException("\"" + values.get(i)
                                + "\" is not an ISO-8601 date-time with offset, such as 2026-01-01T00:00:00Z");
                    }
                }
                yield new Times(instants, operator.relation);
            }
            case BOOL -> {
                boolean anyTrue = false;
                boolean anyFalse = false;
                for (String value : values) {
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "true" -> anyTrue = true;
                        case "false" -> anyFalse = true;
                        default -> throw new IllegalArgumentException("\"" + value + "\" is not true or false");
                    }
                }
                yield new Bools(anyTrue, anyFalse);
            }
            case IP -> new Ips(values.stream().map(IpRange::parse).toArray(IpRange[]::new));
        };
    }

    /** A decimal number, or null; exceptions are kept for the unusual case only. */
    private static BigDecimal number(String text) {
        if (text.isEmpty() || text.length() > 100) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    record Strings(String[] values, boolean ignoreCase) implements ValueTest {
        @Override
        public boolean matchesAny(String contextValue) {
            for (String value : values) {
                if (ignoreCase ? value.equalsIgnoreCase(contextValue) : value.equals(contextValue)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Likes(Glob[] globs) implements ValueTest {
        @Override
        public boolean matchesAny(String contextValue) {
            for (Glob glob : globs) {
                if (glob.matches(contextValue)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Numbers(BigDecimal[] values, Operator.Relation relation) implements ValueTest {
        @Override
        public boolean matchesAny(String contextValue) {
            BigDecimal number = number(contextValue);
            if (number == null) {
                return false;
            }
            for (BigDecimal value : values) {
                if (relation.holds(number.compareTo(value))) {
                    return true;
                }
            }
            return false;
        }
    }

    record Times(Instant[] values, Operator.Relation relation) implements ValueTest {
        @Override
        public boolean matchesAny(String contextValue) {
            Instant instant = Dates.parse(contextValue, false);
            if (instant == null) {
                return false;
            }
            for (Instant value : values) {
                if (relation.holds(instant.compareTo(value))) {
                    return true;
                }
            }
            return false;
        }
    }

    record Bools(boolean anyTrue, boolean anyFalse) implements ValueTest {
        @Override
        public boolean matchesAny(String contextValue) {
            return anyTrue && contextValue.equalsIgnoreCase("true")
                    || anyFalse && contextValue.equalsIgnoreCase("false");
        }
    }

    record Ips(IpRange[] ranges) implements ValueTest {
        @Override
        public boolean matchesAny(String contextValue) {
            IpAddress address = IpAddress.parseSource(contextValue);
            if (address == null) {
                return false;
            }
            for (IpRange range : ranges) {
                if (range.contains(address)) {
                    return true;
                }
            }
            return false;
        }
    }
}
