package io.imageshare.auth.policy;

import static io.imageshare.auth.policy.Fixtures.IMG_1;
import static io.imageshare.auth.policy.Fixtures.IMG_2;
import static io.imageshare.auth.policy.Fixtures.allow;
import static io.imageshare.auth.policy.Fixtures.deny;
import static io.imageshare.auth.policy.Fixtures.q;
import static io.imageshare.auth.policy.Fixtures.ram;
import static io.imageshare.auth.policy.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RamPolicyTest {
    private static final String DESCRIBE_SHARE = "ecs:DescribeImageSharePermission";
    private static final String MODIFY_SHARE = "ecs:ModifyImageSharePermission";

    @Test
    void allowStatementAllows() {
        Policy policy = ram(allow(q(DESCRIBE_SHARE), q("acs:ecs:*:111:image/*")));
        assertThat(policy.evaluate(request(DESCRIBE_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void withoutAnApplicableAllowTheRequestIsImplicitlyDenied() {
        Policy policy = ram(allow(q(DESCRIBE_SHARE), q("*")));
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request("ens:" + "DescribeImageSharePermission", IMG_1)))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void denyWinsOverAllow() {
        Policy policy = ram(allow(q("ecs:*"), q("*")) + "," + deny(q(MODIFY_SHARE), q(IMG_1)));
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_2))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(DESCRIBE_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void notActionCoversEveryActionButTheListedOnes() {
        Policy policy = ram("{\"Effect\":\"Allow\",\"NotAction\":[\"ecs:Modify*\",\"ram:*\"],\"Resource\":\"*\"}");
        assertThat(policy.evaluate(request("ecs:DescribeImages", IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request("swas-open:ListCustomImageShareAccounts", "*")))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request("ram:CreateUser", "*"))).isEqualTo(Decision.IMPLICIT_DENY);

        Policy denyAllButDescribe = ram(allow(q("*"), q("*"))
                + ",{\"Effect\":\"Deny\",\"NotAction\":\"ecs:Describe*\",\"Resource\":\"*\"}");
        assertThat(denyAllButDescribe.evaluate(request(DESCRIBE_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(denyAllButDescribe.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void notResourceCoversEveryResourceButTheListedOnes() {
        Policy policy = ram("{\"Effect\":\"Allow\",\"Action\":\"ecs:*\",\"NotResource\":" + q(IMG_2) + "}");
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY_SHARE, "*"))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_2))).isEqualTo(Decision.IMPLICIT_DENY);

        Policy denyOutsideAccount = ram(allow(q("ecs:*"), q("*"))
                + ",{\"Effect\":\"Deny\",\"Action\":\"*\",\"NotResource\":\"acs:ecs:*:111:*\"}");
        assertThat(denyOutsideAccount.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(denyOutsideAccount.evaluate(request(MODIFY_SHARE, "acs:ecs:cn-hangzhou:222:image/m-1")))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void actionWildcards() {
        Policy describe = ram(allow(q("ecs:Describe*"), q("*")));
        assertThat(describe.evaluate(request("ecs:DescribeImages", IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(describe.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.IMPLICIT_DENY);

        Policy oneChar = ram(allow(q("ecs:Describe?mages"), q("*")));
        assertThat(oneChar.evaluate(request("ecs:DescribeImages", IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(oneChar.evaluate(request("ecs:DescribeMages", IMG_1))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(oneChar.evaluate(request("ecs:DescribeIIImages", IMG_1))).isEqualTo(Decision.IMPLICIT_DENY);

        Policy star = ram(allow(q("*"), q("*")));
        assertThat(star.evaluate(request("swas-open:ListCustomImageShareAccounts", "*"))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void actionsMatchWhateverTheCase() {
        Policy policy = ram(allow(q("ECS:describeimagesharepermission"), q("*")));
        assertThat(policy.evaluate(request(DESCRIBE_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(ram(allow(q(DESCRIBE_SHARE), q("*"))).evaluate(request("Ecs:DESCRIBEImageSharePermission", IMG_1)))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void resourceScopedToOneImage() {
        Policy policy = ram(allow(q("ecs:*"), q(IMG_1)));
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_2))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY_SHARE, IMG_1 + "0"))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY_SHARE, "acs:ecs:cn-hangzhou:111:image/M-1")))
                .as("resources are case-sensitive").isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate(request(MODIFY_SHARE, "*"))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void aRegionWildcardNeverReachesIntoTheAccount() {
        Policy policy = ram(allow(q("ecs:*"), q("acs:ecs:*:111:image/*")));
        assertThat(policy.evaluate(request(MODIFY_SHARE, "acs:ecs:cn-hangzhou:111:image/m-1")))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request(MODIFY_SHARE, "acs:ecs:cn-hangzhou:222:image/m-1")))
                .isEqualTo(Decision.IMPLICIT_DENY);
        // A relative id with colons in it must not let a whole-string glob find ":111:" further on.
        assertThat(policy.evaluate(request(MODIFY_SHARE, "acs:ecs:cn-hangzhou:222:image/x:111:image/m-1")))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(ram(allow(q("ecs:*"), q("acs:ecs:cn-*:111:image/*")))
                .evaluate(request(MODIFY_SHARE, "acs:ecs:cn-x:222:image/y:111:image/z")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void aPatternWithTooFewSegmentsIsRefused() {
        assertThatThrownBy(() -> Policies.parseRam("{\"Version\":\"1\",\"Statement\":["
                + allow(q("ecs:*"), q("acs:ecs:*:image/*")) + "]}"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("Statement 1")
                .hasMessageContaining("acs:ecs:*:image/*")
                .hasMessageContaining("4 colon-separated segments, not 5");
    }

    @Test
    void ensArnsWithAnEmptyRegion() {
        String ensImage = "acs:ens::1234567890123456:image/m-5abc";
        assertThat(ram(allow(q("ens:*"), q("acs:ens::1234567890123456:image/*")))
                .evaluate(request("ens:DescribeImageSharePermission", ensImage))).isEqualTo(Decision.ALLOW);
        assertThat(ram(allow(q("ens:*"), q("acs:ens:*:1234567890123456:image/*")))
                .evaluate(request("ens:DescribeImageSharePermission", ensImage))).isEqualTo(Decision.ALLOW);
        assertThat(ram(allow(q("ens:*"), q("acs:ens:cn-beijing:1234567890123456:image/*")))
                .evaluate(request("ens:DescribeImageSharePermission", ensImage))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void swasCustomImages() {
        Policy policy = ram(allow(q("swas-open:*CustomImageShare*"), q("acs:swas-open:cn-hangzhou:123:customimage/*")));
        assertThat(policy.evaluate(request("swas-open:ListCustomImageShareAccounts",
                "acs:swas-open:cn-hangzhou:123:customimage/abc"))).isEqualTo(Decision.ALLOW);
        assertThat(policy.evaluate(request("swas-open:ListCustomImageShareAccounts",
                "acs:swas-open:cn-shanghai:123:customimage/abc"))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void everyResourceOfARequestMustBeAllowed() {
        Policy onlyFirst = ram(allow(q("ecs:*"), q(IMG_1)));
        assertThat(onlyFirst.evaluate(request(MODIFY_SHARE, IMG_1, IMG_2))).isEqualTo(Decision.IMPLICIT_DENY);

        Policy bothByTwoStatements = ram(allow(q("ecs:*"), q(IMG_1)) + "," + allow(q(MODIFY_SHARE), q(IMG_2)));
        assertThat(bothByTwoStatements.evaluate(request(MODIFY_SHARE, IMG_1, IMG_2))).isEqualTo(Decision.ALLOW);

        Policy denySecond = ram(allow(q("*"), q("*")) + "," + deny(q("*"), q(IMG_2)));
        assertThat(denySecond.evaluate(request(MODIFY_SHARE, IMG_1, IMG_2))).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(denySecond.evaluate(request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void severalPoliciesCombine() {
        Policy allowAll = ram(allow(q("ecs:*"), q("*")));
        Policy denyModify = ram(deny(q(MODIFY_SHARE), q("*")));
        assertThat(Policies.decide(List.of(allowAll, denyModify), request(MODIFY_SHARE, IMG_1)))
                .isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(Policies.decide(List.of(allowAll, denyModify), request(DESCRIBE_SHARE, IMG_1)))
                .isEqualTo(Decision.ALLOW);

        Policy first = ram(allow(q("ecs:*"), q(IMG_1)));
        Policy second = ram(allow(q("ecs:*"), q(IMG_2)));
        assertThat(first.evaluate(request(MODIFY_SHARE, IMG_1, IMG_2))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(Policies.decide(List.of(first, second), request(MODIFY_SHARE, IMG_1, IMG_2)))
                .isEqualTo(Decision.ALLOW);
        assertThat(Policies.decide(List.of(first), request(MODIFY_SHARE, IMG_1, IMG_2)))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(Policies.decide(List.of(), request(MODIFY_SHARE, IMG_1))).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void aPolicyImplementedElsewhereIsAskedPerResource() {
        Policy onlySecond = request -> request.resources().equals(List.of(IMG_2)) ? Decision.ALLOW
                : Decision.IMPLICIT_DENY;
        Policy first = ram(allow(q("ecs:*"), q(IMG_1)));
        assertThat(Policies.decide(List.of(first, onlySecond), request(MODIFY_SHARE, IMG_1, IMG_2)))
                .isEqualTo(Decision.ALLOW);
        Policy denyAll = request -> Decision.EXPLICIT_DENY;
        assertThat(Policies.decide(List.of(first, denyAll), request(MODIFY_SHARE, IMG_1)))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void aRequestNamesAtLeastOneResource() {
        assertThatThrownBy(() -> request(MODIFY_SHARE)).isInstanceOf(IllegalArgumentException.class);
    }
}
