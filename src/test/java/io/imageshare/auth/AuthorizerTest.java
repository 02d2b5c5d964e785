package io.imageshare.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.AccountId;
import io.imageshare.core.Caller;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.Principal;
import io.imageshare.core.SubUser;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
    private static final AccountId ALI = AccountId.aliyun("1234567890123456");
    private static final AccountId TC = AccountId.tencent("100000000001");
    private static final InstantSource NOON = InstantSource.fixed(Instant.parse("2026-11-24T12:00:00Z"));
    private static final RequestFacts LOOPBACK = new RequestFacts("127.0.0.1", false, null, null);
    private static final String ARN = "acs:ecs:cn-hangzhou:1234567890123456:image/m-1";

    @Test
    void theRootPrincipalMayDoAnythingInItsAccount() {
        Authorizer authorizer = new Authorizer(NOON);

        assertThat(authorizer.check(new Caller(ALI, null, "k"), "ecs:DeleteImage", List.of(ARN), LOOPBACK)).isNull();
    }

    @Test
    void aUserWithoutPoliciesOrNoLongerThereMayDoNothing() {
        Authorizer authorizer = new Authorizer(NOON);

        Denial d = authorizer.check(bot(ALI), "ecs:DescribeImages", List.of(ARN), LOOPBACK);
        assertThat(d).isNotNull();
        assertThat(d.explicit()).isFalse();
        assertThat(d.principalId()).isEqualTo("2000000000000001");
        assertThat(d.resource()).isEqualTo(ARN);
        Caller gone = new Caller(ALI, "bot", "key", null);
        assertThat(authorizer.check(gone, "ecs:DescribeImages", List.of(ARN), LOOPBACK).principalId()).isNull();
    }

    @Test
    void theClockAndTheSourceAddressReachTheConditions() {
        String beforeNoon = ram("{\"DateLessThan\":{\"acs:CurrentTime\":\"2026-11-24T12:00:00Z\"}}");
        String fromNoon = ram("{\"DateGreaterThanEquals\":{\"acs:CurrentTime\":\"2026-11-24T20:00:00+08:00\"},"
                + "\"IpAddress\":{\"acs:SourceIp\":\"127.0.0.0/8\"},\"Bool\":{\"acs:SecureTransport\":\"false\"}}");

        assertThat(new Authorizer(NOON).check(bot(ALI, beforeNoon), "ecs:DescribeImages", List.of(ARN), LOOPBACK))
                .isNotNull();
        assertThat(new Authorizer(NOON).check(bot(ALI, fromNoon), "ecs:DescribeImages", List.of(ARN), LOOPBACK)).isNull();
        assertThat(new Authorizer(NOON).check(bot(ALI, fromNoon), "ecs:DescribeImages", List.of(ARN),
                new RequestFacts("192.0.2.1", false, null, null))).isNotNull();
    }

    @Test
    void tencentConditionsSeeTheIpAndTheServicesRegion() {
        String cam = "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":\"name/cvm:*\","
                + "\"resource\":\"*\",\"condition\":{\"ip_equal\":{\"qcs:ip\":\"::1\"},"
                + "\"string_equal\":{\"cvm:region\":\"ap-guangzhou\"}}}]}";
        Authorizer a = new Authorizer(NOON);
        Caller bot = bot(TC, cam);
        String res = "qcs::cvm:ap-guangzhou:uin/100000000001:image/*";

        assertThat(a.check(bot, "cvm:DescribeImages", List.of(res),
                new RequestFacts("0:0:0:0:0:0:0:1", false, "cvm", "ap-guangzhou"))).isNull();
        assertThat(a.check(bot, "cvm:DescribeImages", List.of(res),
                new RequestFacts("::1", false, "cvm", "ap-shanghai"))).isNotNull();
        // IPv4 loopback is not the IPv6 one the policy names.
        assertThat(a.check(bot, "cvm:DescribeImages", List.of(res),
                new RequestFacts("127.0.0.1", false, "cvm", "ap-guangzhou"))).isNotNull();
    }

    @Test
    void peerAddressesAreReadAsLiterals() {
        assertThat(Authorizer.address("[::1]")).isEqualTo("::1");
        assertThat(Authorizer.address("fe80::1%eth0")).isEqualTo("fe80::1");
        assertThat(Authorizer.address("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(Authorizer.address(null)).isNull();
        String loopbackOnly = ram("{\"IpAddress\":{\"acs:SourceIp\":\"::1\"}}");
        assertThat(new Authorizer(NOON).check(bot(ALI, loopbackOnly), "ecs:DescribeImages", List.of(ARN),
                new RequestFacts("[0:0:0:0:0:0:0:1]", false, null, null))).isNull();
        assertThat(new Authorizer(NOON).check(bot(ALI, loopbackOnly), "ecs:DescribeImages", List.of(ARN),
                new RequestFacts(null, false, null, null))).as("no address: the condition fails").isNotNull();
    }

    @Test
    void aStoredPolicyThatNoLongerParsesRefusesEverythingExplicitly() {
        Denial d = new Authorizer(NOON).check(bot(ALI, ram(null), "{\"Version\":\"2\"}"), "ecs:DescribeImages", List.of(ARN), LOOPBACK);

        assertThat(d).isNotNull();
        assertThat(d.explicit()).isTrue();
    }

    @Test
    void theFirstRefusedResourceIsNamed() {
        String one = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecs:*\",\"Resource\":\""
                + ARN + "\"}]}";
        String other = "acs:ecs:cn-hangzhou:1234567890123456:image/m-2";

        Denial d = new Authorizer(NOON).check(bot(ALI, one), "ecs:DeleteImage", List.of(ARN, other), LOOPBACK);

        assertThat(d.resource()).isEqualTo(other);
    }

    /** The sub-user "bot" of the account holding these policies. */
    private static Caller bot(AccountId account, String... documents) {
        List<NamedPolicy> policies = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            policies.add(new NamedPolicy("p" + i, documents[i]));
        }
        SubUser user = new SubUser(account, "bot", "2000000000000001", NOON.instant());
        return new Caller(account, "bot", "key", new Principal(user, policies));
    }

    private static String ram(String condition) {
        return "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecs:*\",\"Resource\":\"*\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}]}";
    }
}
