package io.imageshare.auth.policy;

import static io.imageshare.auth.policy.Fixtures.cam;
import static io.imageshare.auth.policy.Fixtures.ram;
import static io.imageshare.auth.policy.Fixtures.request;
import static io.imageshare.auth.policy.Operator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionTest {
    private static final String ABSENT = null;

    /** Operator, policy value(s) as JSON, context value (null: key absent), whether the condition holds. */
    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(STRING_EQUALS, "\"abc\"", "abc", true),
                arguments(STRING_EQUALS, "\"abc\"", "ABC", false),
                arguments(STRING_EQUALS, "\"abc\"", ABSENT, false),
                arguments(STRING_NOT_EQUALS, "\"abc\"", "abc", false),
                arguments(STRING_NOT_EQUALS, "\"abc\"", "abd", true),
                arguments(STRING_NOT_EQUALS, "\"abc\"", ABSENT, true),
                arguments(STRING_EQUALS_IGNORE_CASE, "\"abc\"", "ABC", true),
                arguments(STRING_EQUALS_IGNORE_CASE, "\"abc\"", "abd", false),
                arguments(STRING_NOT_EQUALS_IGNORE_CASE, "\"abc\"", "ABC", false),
                arguments(STRING_NOT_EQUALS_IGNORE_CASE, "\"abc\"", "abd", true),
                arguments(STRING_LIKE, "\"cn-*\"", "cn-hangzhou", true),
                arguments(STRING_LIKE, "\"cn-*\"", "CN-hangzhou", false),
                arguments(STRING_LIKE, "\"m-?\"", "m-1", true),
                arguments(STRING_LIKE, "\"m-?\"", "m-12", false),
                arguments(STRING_NOT_LIKE, "\"cn-*\"", "cn-hangzhou", false),
                arguments(STRING_NOT_LIKE, "\"cn-*\"", "us-east-1", true),
                arguments(NUMERIC_EQUALS, "10", "10", true),
                arguments(NUMERIC_EQUALS, "\"10\"", "10.00", true),
                arguments(NUMERIC_EQUALS, "10", "11", false),
                arguments(NUMERIC_EQUALS, "10", "ten", false),
                arguments(NUMERIC_EQUALS, "10", ABSENT, false),
                arguments(NUMERIC_NOT_EQUALS, "10", "10", false),
                arguments(NUMERIC_NOT_EQUALS, "10", "11", true),
                arguments(NUMERIC_NOT_EQUALS, "10", "ten", true),
                arguments(NUMERIC_LESS_THAN, "10", "9.5", true),
                arguments(NUMERIC_LESS_THAN, "10", "10", false),
                arguments(NUMERIC_LESS_THAN_EQUALS, "10", "10", true),
                arguments(NUMERIC_LESS_THAN_EQUALS, "10", "11", false),
                arguments(NUMERIC_GREATER_THAN, "-1.5", "-1", true),
                arguments(NUMERIC_GREATER_THAN, "10", "10", false),
                arguments(NUMERIC_GREATER_THAN_EQUALS, "10", "10", true),
                arguments(NUMERIC_GREATER_THAN_EQUALS, "10", "9", false),
                arguments(DATE_EQUALS, "\"2019-08-12T17:00:00+08:00\"", "2019-08-12T09:00:00Z", true),
                arguments(DATE_EQUALS, "\"2019-08-12T17:00:00+08:00\"", "2019-08-12T17:00:00Z", false),
                arguments(DATE_EQUALS, "\"2019-08-12T17:00:00+08:00\"", "yesterday", false),
                arguments(DATE_NOT_EQUALS, "\"2019-08-12T17:00:00+08:00\"", "2019-08-12T09:00:00Z", false),
                arguments(DATE_NOT_EQUALS, "\"2019-08-12T17:00:00+08:00\"", "2019-08-12T17:00:00Z", true),
                arguments(DATE_LESS_THAN, "\"2026-01-01T00:00:00Z\"", "2025-12-31T23:59:59Z", true),
                arguments(DATE_LESS_THAN, "\"2026-01-01T00:00:00Z\"", "2026-01-01T07:59:59+08:00", true),
                arguments(DATE_LESS_THAN, "\"2026-01-01T00:00:00Z\"", "2026-01-01T00:00:00Z", false),
                arguments(DATE_LESS_THAN_EQUALS, "\"2026-01-01T00:00:00Z\"", "2026-01-01T00:00:00Z", true),
                arguments(DATE_LESS_THAN_EQUALS, "\"2026-01-01T00:00:00Z\"", "2026-01-01T00:00:01Z", false),
                arguments(DATE_GREATER_THAN, "\"2026-01-01T00:00:00Z\"", "2026-11-24T01:02:03Z", true),
                arguments(DATE_GREATER_THAN, "\"2026-01-01T00:00:00Z\"", "2026-01-01T00:00:00Z", false),
                arguments(DATE_GREATER_THAN_EQUALS, "\"2026-01-01T08:00:00+08:00\"", "2026-01-01T00:00:00Z", true),
                arguments(DATE_GREATER_THAN_EQUALS, "\"2026-01-01T00:00:00Z\"", "2025-12-31T23:59:59Z", false),
                arguments(BOOL, "\"true\"", "true", true),
                arguments(BOOL, "\"true\"", "TRUE", true),
                arguments(BOOL, "\"true\"", "false", false),
                arguments(BOOL, "true", "yes", false),
                arguments(BOOL, "false", "false", true),
                arguments(BOOL, "\"False\"", "true", false),
                arguments(IP_ADDRESS, "\"127.0.0.0/8\"", "127.0.0.1", true),
                arguments(IP_ADDRESS, "\"192.168.0.0/16\"", "10.1.2.3", false),
                arguments(IP_ADDRESS, "\"::1/128\"", "::1", true),
                arguments(IP_ADDRESS, "\"::1/128\"", "127.0.0.1", false),
                arguments(IP_ADDRESS, "\"127.0.0.0/8\"", "::ffff:127.0.0.1", true),
                arguments(IP_ADDRESS, "\"2001:db8::/32\"", "2001:db8:1::5", true),
                arguments(IP_ADDRESS, "\"127.0.0.0/8\"", "localhost", false),
                arguments(NOT_IP_ADDRESS, "\"10.0.0.0/8\"", "10.1.2.3", false),
                arguments(NOT_IP_ADDRESS, "\"10.0.0.0/8\"", "192.168.1.1", true),
                arguments(NOT_IP_ADDRESS, "\"10.0.0.0/8\"", ABSENT, true),
                arguments(NOT_IP_ADDRESS, "\"10.0.0.0/8\"", "not-an-ip", true),
                // several values: any may match; for a negated operator, none may
                arguments(STRING_EQUALS, "[\"a\",\"b\"]", "b", true),
                arguments(STRING_EQUALS, "[\"a\",\"b\"]", "c", false),
                arguments(STRING_NOT_EQUALS, "[\"a\",\"b\"]", "a", false),
                arguments(STRING_NOT_EQUALS, "[\"a\",\"b\"]", "b", false),
                arguments(STRING_NOT_EQUALS, "[\"a\",\"b\"]", "c", true),
                arguments(STRING_NOT_LIKE, "[\"a*\",\"b*\"]", "bc", false),
                arguments(NUMERIC_EQUALS, "[1, 2]", "2", true),
                arguments(NUMERIC_NOT_EQUALS, "[1, 2]", "2", false),
                arguments(DATE_NOT_EQUALS, "[\"2026-01-01T00:00:00Z\",\"2027-01-01T00:00:00Z\"]",
                        "2027-01-01T00:00:00Z", false),
                arguments(IP_ADDRESS, "[\"10.0.0.0/8\",\"192.168.0.0/16\"]", "192.168.3.4", true),
                arguments(NOT_IP_ADDRESS, "[\"10.0.0.0/8\",\"192.168.0.0/16\"]", "192.168.3.4", false),
                arguments(NOT_IP_ADDRESS, "[\"10.0.0.0/8\",\"192.168.0.0/16\"]", "8.8.8.8", true));
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @MethodSource("cases")
    void ramCondition(Operator operator, String values, String contextValue, boolean holds) {
        Policy policy = ram(statement("\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"",
                operator.ramName, "acs:Key", values));
        assertThat(policy.evaluate(request("ecs:DescribeImages", context("acs:key", contextValue), "*")))
                .isEqualTo(holds ? Decision.ALLOW : Decision.IMPLICIT_DENY);
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @MethodSource("cases")
    void camCondition(Operator operator, String values, String contextValue, boolean holds) {
        Policy policy = cam(statement("\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"*\"",
                operator.camName, "qcs:key", values));
        assertThat(policy.evaluate(request("cvm:DescribeImages", context("qcs:key", contextValue), "*")))
                .isEqualTo(holds ? Decision.ALLOW : Decision.IMPLICIT_DENY);
    }

    /** In a Deny statement a holding condition makes the deny apply. */
    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @MethodSource("cases")
    void ramDenyCondition(Operator operator, String values, String contextValue, boolean holds) {
        Policy policy = ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + statement("\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"", operator.ramName, "acs:key",
                values));
        assertThat(policy.evaluate(request("ecs:DescribeImages", context("acs:key", contextValue), "*")))
                .isEqualTo(holds ? Decision.EXPLICIT_DENY : Decision.ALLOW);
    }

    @ParameterizedTest
    @EnumSource(Operator.class)
    void ifExistMakesAnAbsentKeySatisfyAnyOperator(Operator operator) {
        String value = switch (operator.kind) {
            case NUMERIC -> "5";
            case DATE -> "\"2026-01-01T00:00:00Z\"";
            case BOOL -> "true";
            case IP -> "\"10.0.0.0/8\"";
            default -> "\"x\"";
        };
        Policy policy = cam(statement("\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"*\"",
                operator.camName + "_if_exist", "qcs:key", value));
        assertThat(policy.evaluate(request("cvm:DescribeImages", Map.of(), "*"))).isEqualTo(Decision.ALLOW);
        Policy bare = cam(statement("\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"*\"",
                operator.camName, "qcs:key", value));
        assertThat(bare.evaluate(request("cvm:DescribeImages", Map.of(), "*")))
                .isEqualTo(operator.negated ? Decision.ALLOW : Decision.IMPLICIT_DENY);
    }

    @Test
    void ifExistStillChecksAKeyThatIsPresent() {
        Policy policy = cam(statement("\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"*\"",
                "ip_equal_if_exist", "qcs:ip", "\"10.0.0.0/8\""));
        assertThat(policy.evaluate(request("cvm:X", Map.of("qcs:ip", "10.0.0.1"), "*"))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request("cvm:X", Map.of("qcs:ip", "11.0.0.1"), "*")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void keysAndOperatorsMustAllHold() {
        Policy policy = ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{"
                + "\"IpAddress\":{\"acs:SourceIp\":\"10.0.0.0/8\"},"
                + "\"Bool\":{\"acs:SecureTransport\":\"true\"},"
                + "\"DateLessThan\":{\"acs:CurrentTime\":\"2027-01-01T00:00:00+08:00\"},"
                + "\"StringEquals\":{\"ecs:Region\":\"cn-hangzhou\",\"ecs:Tier\":\"gold\"}}}");
        Map<String, String> all = Map.of("acs:sourceip", "10.1.2.3", "acs:securetransport", "true",
                "acs:currenttime", "2026-11-24T01:02:03Z", "ecs:region", "cn-hangzhou", "ecs:tier", "gold");
        assertThat(policy.evaluate(request("ecs:X", all, "*"))).isEqualTo(Decision.ALLOW);
        for (String key : all.keySet()) {
            Map<String, String> without = new HashMap<>(all);
            without.remove(key);
            assertThat(policy.evaluate(request("ecs:X", without, "*"))).as("without %s", key)
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }
        Map<String, String> insecure = new HashMap<>(all);
        insecure.put("acs:securetransport", "false");
        assertThat(policy.evaluate(request("ecs:X", insecure, "*"))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void keysAreMatchedWhateverTheirCase() {
        Policy policy = ram(statement("\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"",
                "IpAddress", "ACS:SourceIP", "\"127.0.0.0/8\""));
        assertThat(policy.evaluate(request("ecs:X", Map.of("acs:sourceip", "127.0.0.1"), "*")))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request("ecs:X", Map.of("Acs:SourceIp", "127.0.0.1"), "*")))
                .as("a context key given in mixed case is lower-cased").isEqualTo(Decision.ALLOW);
    }

    @Test
    void camDatesWithoutOffsetAreUtc() {
        Policy policy = cam(statement("\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"*\"",
                "date_less_than", "qcs:current_time", "\"2022-05-31 00:00:00\""));
        assertThat(policy.evaluate(request("cvm:X", Map.of("qcs:current_time", "2022-05-30T23:59:59Z"), "*")))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request("cvm:X", Map.of("qcs:current_time", "2022-05-31T07:59:59+08:00"), "*")))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request("cvm:X", Map.of("qcs:current_time", "2022-05-31T00:00:00Z"), "*")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void everyOperatorHasBothNames() {
        Set<Operator> seen = EnumSet.noneOf(Operator.class);
        for (Operator operator : Operator.values()) {
            assertThat(Operator.ram(operator.ramName)).isEqualTo(operator);
            assertThat(Operator.cam(operator.camName)).isEqualTo(operator);
            seen.add(operator);
        }
        assertThat(seen).hasSize(21);
    }

    private static String statement(String head, String operator, String key, String values) {
        String condition = head.startsWith("\"Effect\"") ? "Condition" : "condition";
        return "{" + head + ",\"" + condition + "\":{\"" + operator + "\":{\"" + key + "\":" + values + "}}}";
    }

    private static Map<String, String> context(String key, String value) {
        return value == null ? Map.of() : Map.of(key, value);
    }
}
