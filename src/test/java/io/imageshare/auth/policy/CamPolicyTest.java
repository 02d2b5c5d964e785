package io.imageshare.auth.policy;

import static io.imageshare.auth.policy.Fixtures.cam;
import static io.imageshare.auth.policy.Fixtures.q;
import static io.imageshare.auth.policy.Fixtures.ram;
import static io.imageshare.auth.policy.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CamPolicyTest {
    private static final String DESCRIBE = "cvm:DescribeImageSharePermission";
    private static final String MODIFY = "cvm:ModifyImageSharePermission";
    private static final String IMG = "qcs::cvm:ap-guangzhou:uin/100000000001:image/img-6pb6lrmy";
    private static final String NEIGHBOUR = "qcs::cvm:ap-guangzhou:uin/100000000001:image/img-6pb6lrmz";

    private static String allow(String action, String resource) {
        return "{\"effect\":\"allow\",\"action\":" + action + ",\"resource\":" + resource + "}";
    }

    private static String deny(String action, String resource) {
        return "{\"effect\":\"deny\",\"action\":" + action + ",\"resource\":" + resource + "}";
    }

    @Test
    void allowStatementAllows() {
        Policy policy = cam(allow(q("name/" + DESCRIBE), q("qcs::cvm:ap-guangzhou:uin/100000000001:image/*")));
        assertThat(policy.evaluate(request(DESCRIBE, IMG))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void denyWinsOverAllow() {
        Policy policy = cam(allow(q("name/cvm:*"), q("*")) + "," + deny(q("name/" + MODIFY), q(IMG)));
        assertThat(policy.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY, NEIGHBOUR))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(DESCRIBE, IMG))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void actionWildcardsAndCase() {
        Policy describe = cam(allow("[\"name/cvm:Describe*\"]", q("*")));
        assertThat(describe.evaluate(request("cvm:DescribeImages", IMG))).isEqualTo(Decision.ALLOW);
        assertThat(describe.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(describe.evaluate(request("CVM:describeimages", IMG))).isEqualTo(Decision.ALLOW);
        assertThat(cam(allow(q("name/cvm:Describe?mages"), q("*"))).evaluate(request("cvm:DescribeImages", IMG)))
                .isEqualTo(Decision.ALLOW);
        assertThat(cam(allow(q("name/cvm:Describe?mages"), q("*"))).evaluate(request("cvm:DescribeXXImages", IMG)))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(cam(allow(q("*"), q("*"))).evaluate(request(MODIFY, "*"))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void actionsWithoutTheNamePrefixAsInTencentsExamples() {
        Policy policy = cam(allow(q("cvm:*"), q("*")));
        assertThat(policy.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request("cbs:DescribeDisks", IMG))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void resourceScopedToOneImage() {
        Policy policy = cam(allow(q("name/cvm:*"), q(IMG)));
        assertThat(policy.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY, NEIGHBOUR))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY, "*"))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void aRegionWildcardNeverReachesIntoTheAccount() {
        Policy policy = cam(allow(q("name/cvm:*"), q("qcs::cvm:*:uin/111:image/*")));
        assertThat(policy.evaluate(request(MODIFY, "qcs::cvm:ap-guangzhou:uin/111:image/img-1")))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY, "qcs::cvm:ap-guangzhou:uin/222:image/img-1")))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY, "qcs::cvm:ap-guangzhou:uin/222:image/x:uin/111:image/y")))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThatThrownBy(() -> Policies.parseCam("{\"version\":\"2.0\",\"statement\":["
                + allow(q("name/cvm:*"), q("qcs::cvm:*:image/*")) + "]}"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("statement 1")
                .hasMessageContaining("5 colon-separated segments, not 6");
    }

    @Test
    void everyResourceOfARequestMustBeAllowed() {
        Policy onlyFirst = cam(allow(q("name/cvm:*"), q(IMG)));
        assertThat(onlyFirst.evaluate(request(MODIFY, IMG, NEIGHBOUR))).isEqualTo(Decision.IMPLICIT_DENY);
        Policy both = cam(allow(q("name/cvm:*"), "[" + q(IMG) + "," + q(NEIGHBOUR) + "]"));
        assertThat(both.evaluate(request(MODIFY, IMG, NEIGHBOUR))).isEqualTo(Decision.ALLOW);
        Policy denyOne = cam(allow(q("*"), q("*")) + "," + deny(q("*"), q(NEIGHBOUR)));
        assertThat(denyOne.evaluate(request(MODIFY, IMG, NEIGHBOUR))).isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void severalPoliciesCombine() {
        Policy allowAll = cam(allow(q("name/cvm:*"), q("*")));
        Policy denyModify = cam(deny(q("name/" + MODIFY), q("*")));
        assertThat(Policies.decide(List.of(allowAll, denyModify), request(MODIFY, IMG)))
                .isEqualTo(Decision.EXPLICIT_DENY);
        Policy first = cam(allow(q("name/cvm:*"), q(IMG)));
        Policy second = cam(allow(q("name/cvm:*"), q(NEIGHBOUR)));
        assertThat(Policies.decide(List.of(first, second), request(MODIFY, IMG, NEIGHBOUR)))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void ramPatternsNeverMatchCamResources() {
        Policy ramAll = ram("{\"Effect\":\"Allow\",\"Action\":\"cvm:*\",\"Resource\":\"acs:*:*:*:*\"}");
        assertThat(ramAll.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.IMPLICIT_DENY);
        Policy camAll = cam(allow(q("name/cvm:*"), q("qcs:*:*:*:*:*")));
        assertThat(camAll.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.ALLOW);
        assertThat(camAll.evaluate(request(MODIFY, "acs:ecs:cn-hangzhou:111:image/m-1")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void conditionsWithIfExist() {
        Policy policy = cam("{\"effect\":\"allow\",\"action\":\"name/cvm:*\",\"resource\":\"*\","
                + "\"condition\":{\"string_equal_if_exist\":{\"cvm:region\":\"ap-guangzhou\"},"
                + "\"ip_equal\":{\"qcs:ip\":[\"10.217.182.3/24\",\"111.21.33.72/24\"]}}}");
        assertThat(policy.evaluate(request(MODIFY, Map.of("qcs:ip", "10.217.182.9"), IMG)))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY, Map.of("qcs:ip", "111.21.33.1", "cvm:region", "ap-guangzhou"),
                IMG))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY, Map.of("qcs:ip", "10.217.182.9", "cvm:region", "ap-beijing"),
                IMG))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY, Map.of("qcs:ip", "10.217.183.9"), IMG)))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY, IMG))).isEqualTo(Decision.IMPLICIT_DENY);
    }
}
