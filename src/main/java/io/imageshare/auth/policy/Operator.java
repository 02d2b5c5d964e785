package io.imageshare.auth.policy;

import java.util.HashMap;
import java.util.Map;

/**
 * The condition operators both clouds share, under their RAM and CAM names.
 *
 * <p>Every negated operator is its positive twin with the answer inverted: StringNotEquals holds when the context
 * value equals none of the listed values, NotIpAddress when the address is in none of the blocks, and so on. That
 * one rule also gives the documented edge cases: a context value that is not a number, date or address matches no
 * value, so a positive operator is false and a negated one true.
 */
enum Operator {
    STRING_EQUALS("StringEquals", "string_equal", Kind.STRING, Relation.EQ, false),
    STRING_NOT_EQUALS("StringNotEquals", "string_not_equal", Kind.STRING, Relation.EQ, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", "string_equal_ignore_case", Kind.STRING_IGNORE_CASE,
            Relation.EQ, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", "string_not_equal_ignore_case",
            Kind.STRING_IGNORE_CASE, Relation.EQ, true),
    STRING_LIKE("StringLike", "string_like", Kind.LIKE, Relation.EQ, false),
    STRING_NOT_LIKE("StringNotLike", "string_not_like", Kind.LIKE, Relation.EQ, true),
    NUMERIC_EQUALS("NumericEquals", "numeric_equal", Kind.NUMERIC, Relation.EQ, false),
    NUMERIC_NOT_EQUALS("NumericNotEquals", "numeric_not_equal", Kind.NUMERIC, Relation.EQ, true),
    NUMERIC_LESS_THAN("NumericLessThan", "numeric_less_than", Kind.NUMERIC, Relation.LT, false),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", "numeric_less_than_equal", Kind.NUMERIC, Relation.LE, false),
    NUMERIC_GREATER_THAN("NumericGreaterThan", "numeric_greater_than", Kind.NUMERIC, Relation.GT, false),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", "numeric_greater_than_equal", Kind.NUMERIC,
            Relation.GE, false),
    DATE_EQUALS("DateEquals", "date_equal", Kind.DATE, Relation.EQ, false),
    DATE_NOT_EQUALS("DateNotEquals", "date_not_equal", Kind.DATE, Relation.EQ, true),
    DATE_LESS_THAN("DateLessThan", "date_less_than", Kind.DATE, Relation.LT, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", "date_less_than_equal", Kind.DATE, Relation.LE, false),
    DATE_GREATER_THAN("DateGreaterThan", "date_greater_than", Kind.DATE, Relation.GT, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", "date_greater_than_equal", Kind.DATE, Relation.GE, false),
    BOOL("Bool", "bool_equal", Kind.BOOL, Relation.EQ, false),
    IP_ADDRESS("IpAddress", "ip_equal", Kind.IP, Relation.EQ, false),
    NOT_IP_ADDRESS("NotIpAddress", "ip_not_equal", Kind.IP, Relation.EQ, true);

    /** How policy values are compiled and compared. */
    enum Kind { STRING, STRING_IGNORE_CASE, LIKE, NUMERIC, DATE, BOOL, IP }

    /** How the context value compares with a policy value: "context LT policy" for NumericLessThan. */
    enum Relation {
        EQ, LT, LE, GT, GE;

        /** @param comparison the sign of {@code context.compareTo(policyValue)} */
        boolean holds(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    private static final Map<String, Operator> BY_RAM_NAME = new HashMap<>();
    private static final Map<String, Operator> BY_CAM_NAME = new HashMap<>();

    static {
        for (Operator operator : values()) {
            BY_RAM_NAME.put(operator.ramName, operator);
            BY_CAM_NAME.put(operator.camName, operator);
        }
    }

    final String ramName;
    final String camName;
    final Kind kind;
    final Relation relation;
    final boolean negated;

    Operator(String ramName, String camName, Kind kind, Relation relation, boolean negated) {
        this.ramName = ramName;
        this.camName = camName;
        this.kind = kind;
        this.relation = relation;
        this.negated = negated;
    }

    /** The operator with this exact RAM name, or null. */
    static Operator ram(String name) {
        return BY_RAM_NAME.get(name);
    }

    /** The operator with this exact CAM name (no {@code _if_exist} suffix), or null. */
    static Operator cam(String name) {
        return BY_CAM_NAME.get(name);
    }
}
