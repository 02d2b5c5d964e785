package io.imageshare.auth.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedPolicyTest {
    private static final String OK_RAM = "{\"Effect\":\"Allow\",\"Action\":\"ecs:*\",\"Resource\":\"*\"}";
    private static final String OK_CAM = "{\"effect\":\"allow\",\"action\":\"name/cvm:*\",\"resource\":\"*\"}";

    private static String ram(String statement) {
        return "{\"Version\":\"1\",\"Statement\":[" + OK_RAM + "," + statement + "]}";
    }

    private static String ramCondition(String condition) {
        return ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":" + condition + "}");
    }

    private static String cam(String statement) {
        return "{\"version\":\"2.0\",\"statement\":[" + OK_CAM + "," + statement + "]}";
    }

    private static String camCondition(String condition) {
        return cam("{\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"*\",\"condition\":" + condition + "}");
    }

    /** Policy text, and a part of the message that must name the problem. */
    static Stream<Arguments> ramCases() {
        return Stream.of(
                arguments("not json", "not valid JSON"),
                arguments("", "must be a JSON object"),
                arguments("[]", "must be a JSON object"),
                arguments("{\"Version\":\"1\",\"Statement\":[" + OK_RAM + "]} {}", "not valid JSON"),
                arguments("{\"Version\":\"1\",\"Version\":\"1\",\"Statement\":[" + OK_RAM + "]}", "Duplicate"),
                arguments("{\"Version\":\"2\",\"Statement\":[" + OK_RAM + "]}",
                        "\"Version\" must be the string \"1\""),
                arguments("{\"Version\":1,\"Statement\":[" + OK_RAM + "]}", "\"Version\" must be the string \"1\""),
                arguments("{\"Statement\":[" + OK_RAM + "]}", "missing \"Version\""),
                arguments("{\"Version\":\"1\"}", "missing \"Statement\""),
                arguments("{\"Version\":\"1\",\"Statement\":[]}", "\"Statement\" must be an array of at least one"),
                arguments("{\"Version\":\"1\",\"Statement\":" + OK_RAM + "}", "\"Statement\" must be an array"),
                arguments("{\"Version\":\"1\",\"Id\":\"x\",\"Statement\":[" + OK_RAM + "]}",
                        "unknown element \"Id\" at the top level"),
                arguments(ram("\"x\""), "Statement 2: a statement must be a JSON object"),
                arguments(ram("{\"Action\":\"*\",\"Resource\":\"*\"}"), "Statement 2: missing \"Effect\""),
                arguments(ram("{\"Effect\":\"allow\",\"Action\":\"*\",\"Resource\":\"*\"}"),
                        "Statement 2: \"Effect\" must be \"Allow\" or \"Deny\""),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotAction\":\"ecs:*\",\"Resource\":\"*\"}"),
                        "Statement 2: both \"Action\" and \"NotAction\""),
                arguments(ram("{\"Effect\":\"Allow\",\"Resource\":\"*\"}"), "Statement 2: missing \"Action\""),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"NotResource\":\"*\"}"),
                        "Statement 2: both \"Resource\" and \"NotResource\""),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\"}"), "Statement 2: missing \"Resource\""),
                arguments(ram("{\"Effect\":\"Allow\",\"Principal\":{\"RAM\":\"*\"},"
                                + "\"Action\":\"*\",\"Resource\":\"*\"}"),
                        "Statement 2: unknown element \"Principal\""),
                arguments(ram("{\"Sid\":\"s\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"),
                        "Statement 2: unknown element \"Sid\""),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}"),
                        "Statement 2: \"Action\" must not be an empty array"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotResource\":[]}"),
                        "Statement 2: \"NotResource\" must not be an empty array"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":[1],\"Resource\":\"*\"}"), "must contain only strings"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"ecsDescribe\",\"Resource\":\"*\"}"),
                        "Statement 2: action \"ecsDescribe\" must be"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"ecs:\",\"Resource\":\"*\"}"), "action \"ecs:\""),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"ecs:image/*\"}"),
                        "resource \"ecs:image/*\" must be \"*\" or acs:"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"acs:ecs:*:image/*\"}"),
                        "4 colon-separated segments, not 5"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"acs::*:*:image/*\"}"),
                        "names no service"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"acs:ecs:*:*:\"}"),
                        "empty last segment"),
                arguments(ram("{\"Effect\":\"Allow\",\"Action\":\"*\","
                                + "\"Resource\":\"acs:ecs:*:${acs:CurrentAccount}:*\"}"),
                        "policy variables"),
                arguments(ramCondition("{\"StringEqual\":{\"acs:SourceIp\":\"x\"}}"),
                        "Statement 2: unknown condition operator \"StringEqual\""),
                arguments(ramCondition("{\"stringequals\":{\"acs:SourceIp\":\"x\"}}"), "unknown condition operator"),
                arguments(ramCondition("[]"), "condition must be a JSON object"),
                arguments(ramCondition("{\"StringEquals\":\"x\"}"), "must map at least one condition key"),
                arguments(ramCondition("{\"StringEquals\":{}}"), "must map at least one condition key"),
                arguments(ramCondition("{\"StringEquals\":{\"ecs:Region\":[]}}"), "value array is empty"),
                arguments(ramCondition("{\"StringEquals\":{\"ecs:Region\":null}}"), "must be a string, number or"),
                arguments(ramCondition("{\"StringEquals\":{\"ecs:Region\":[[\"a\"]]}}"), "must be a string, number or"),
                arguments(ramCondition("{\"StringEquals\":{\"\":\"a\"}}"), "condition key is empty"),
                arguments(ramCondition("{\"IpAddress\":{\"acs:SourceIp\":\"10.0.0.0/33\"}}"),
                        "invalid prefix length in \"10.0.0.0/33\""),
                arguments(ramCondition("{\"IpAddress\":{\"acs:SourceIp\":[\"10.0.0.0/8\",\"localhost\"]}}"),
                        "invalid IP address or CIDR block \"localhost\""),
                arguments(ramCondition("{\"NotIpAddress\":{\"acs:SourceIp\":\"300.1.1.1\"}}"), "\"300.1.1.1\""),
                arguments(ramCondition("{\"DateLessThan\":{\"acs:CurrentTime\":\"tomorrow\"}}"),
                        "\"tomorrow\" is not an ISO-8601 date-time"),
                arguments(ramCondition("{\"DateLessThan\":{\"acs:CurrentTime\":\"2019-08-12T17:00:00\"}}"),
                        "is not an ISO-8601 date-time with offset"),
                arguments(ramCondition("{\"NumericEquals\":{\"ecs:Count\":\"ten\"}}"), "\"ten\" is not a number"),
                arguments(ramCondition("{\"NumericLessThan\":{\"ecs:Count\":true}}"), "\"true\" is not a number"),
                arguments(ramCondition("{\"Bool\":{\"acs:SecureTransport\":\"yes\"}}"), "\"yes\" is not true or false"),
                arguments(ramCondition("{\"StringEquals\":{\"acs:ResourceTag/team\":\"dev\"}}"),
                        "tag condition keys are not supported"));
    }

    static Stream<Arguments> camCases() {
        return Stream.of(
                arguments("{", "not valid JSON"),
                arguments("{\"version\":\"1\",\"statement\":[" + OK_CAM + "]}",
                        "\"version\" must be the string \"2.0\""),
                arguments("{\"version\":2.0,\"statement\":[" + OK_CAM + "]}", "\"version\" must be the string \"2.0\""),
                arguments("{\"Version\":\"2.0\",\"statement\":[" + OK_CAM + "]}", "unknown element \"Version\""),
                arguments("{\"version\":\"2.0\",\"statement\":[]}", "\"statement\" must be an array of at least one"),
                arguments("{\"version\":\"2.0\"}", "missing \"statement\""),
                arguments(cam("{\"effect\":\"Allow\",\"action\":\"*\",\"resource\":\"*\"}"),
                        "statement 2: \"effect\" must be \"allow\" or \"deny\""),
                arguments(cam("{\"action\":\"*\",\"resource\":\"*\"}"), "statement 2: missing \"effect\""),
                arguments(cam("{\"effect\":\"allow\",\"resource\":\"*\"}"), "statement 2: missing \"action\""),
                arguments(cam("{\"effect\":\"allow\",\"action\":\"*\"}"), "statement 2: missing \"resource\""),
                arguments(cam("{\"effect\":\"allow\",\"action\":\"*\",\"resource\":[]}"),
                        "\"resource\" must not be an empty array"),
                arguments(cam("{\"effect\":\"allow\",\"action\":[],\"resource\":\"*\"}"),
                        "\"action\" must not be an empty array"),
                arguments(cam("{\"effect\":\"allow\",\"action\":\"permid/1234\",\"resource\":\"*\"}"),
                        "permission-ID sets (\"permid/\") are not supported"),
                arguments(cam("{\"effect\":\"allow\",\"action\":\"actionName/cvm:x\",\"resource\":\"*\"}"),
                        "unsupported prefix"),
                arguments(cam("{\"effect\":\"allow\",\"action\":\"name/cvm\",\"resource\":\"*\"}"),
                        "action \"name/cvm\" must be"),
                arguments(cam("{\"effect\":\"allow\",\"principal\":{\"qcs\":[\"*\"]},"
                                + "\"action\":\"*\",\"resource\":\"*\"}"),
                        "statement 2: unknown element \"principal\""),
                arguments(cam("{\"effect\":\"allow\",\"not_action\":\"*\",\"resource\":\"*\"}"),
                        "unknown element \"not_action\""),
                arguments(cam("{\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"acs:ecs:*:*:image/*\"}"),
                        "must be \"*\" or qcs:"),
                arguments(cam("{\"effect\":\"allow\",\"action\":\"*\",\"resource\":\"qcs::cvm:*:image/*\"}"),
                        "5 colon-separated segments, not 6"),
                arguments(camCondition("{\"string_equals\":{\"cvm:region\":\"x\"}}"),
                        "statement 2: unknown condition operator \"string_equals\""),
                arguments(camCondition("{\"StringEquals\":{\"cvm:region\":\"x\"}}"), "unknown condition operator"),
                arguments(camCondition("{\"for_any_value:string_equal\":{\"cvm:region\":\"x\"}}"),
                        "for_any_value/for_all_value are not supported"),
                arguments(camCondition("{\"null_equal\":{\"cvm:region\":\"true\"}}"),
                        "\"null_equal\" is not supported"),
                arguments(camCondition("{\"ip_equal\":{\"qcs:ip\":\"10.0.0.0/8x\"}}"), "\"10.0.0.0/8x\""),
                arguments(camCondition("{\"date_less_than\":{\"qcs:current_time\":\"tomorrow\"}}"), "\"tomorrow\""),
                arguments(camCondition("{\"numeric_equal\":{\"cvm:count\":\"1,5\"}}"), "\"1,5\" is not a number"),
                arguments(camCondition("{\"bool_equal\":{\"cvm:x\":\"1\"}}"), "\"1\" is not true or false"),
                arguments(camCondition("{\"string_equal\":{\"cvm:region\":[]}}"), "value array is empty"),
                arguments(camCondition("{\"string_equal\":{\"qcs:resource_tag\":\"a&b\"}}"), "tag condition keys"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("ramCases")
    void ramRefuses(String json, String message) {
        assertThatThrownBy(() -> Policies.parseRam(json)).isInstanceOf(PolicyException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("camCases")
    void camRefuses(String json, String message) {
        assertThatThrownBy(() -> Policies.parseCam(json)).isInstanceOf(PolicyException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theMessageSaysExactlyWhatAndWhere() {
        assertThatThrownBy(() -> Policies.parseRam(ramCondition("{\"StringEqual\":{\"acs:SourceIp\":\"x\"}}")))
                .hasMessage("Statement 2: unknown condition operator \"StringEqual\"");
        String badCidr = ramCondition("{\"IpAddress\":{\"acs:SourceIp\":\"10.0.0.0/33\"}}");
        assertThatThrownBy(() -> Policies.parseRam(badCidr))
                .hasMessage("Statement 2: condition \"IpAddress\" on \"acs:SourceIp\": "
                        + "invalid prefix length in \"10.0.0.0/33\" (0-32)");
    }

    @Test
    void aDialectDoesNotReadTheOther() {
        String ramDoc = "{\"Version\":\"1\",\"Statement\":[" + OK_RAM + "]}";
        String camDoc = "{\"version\":\"2.0\",\"statement\":[" + OK_CAM + "]}";
        assertThatThrownBy(() -> Policies.parseCam(ramDoc)).hasMessageContaining("unknown element \"Version\"");
        assertThatThrownBy(() -> Policies.parseRam(camDoc)).hasMessageContaining("unknown element \"version\"");
    }
}
