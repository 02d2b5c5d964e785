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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
    private static final AccountId ALI = AccountId.aliyun("1234567890123456");
    private static final AccountId TC = AccountId.tencent("100000000001");
    private static final InstantSource NOON = InstantSource.fixed(Instant.parse("2026-11-24T12:00:00Z"));
    private static final RequestFacts LOOPBACK = new RequestFacts("127.0.0.1", false, null, null);
    private static final String ARN = "acs:ecs:cn-hangzhou:1234567890123456:image/m-1";

    @Test
    void theRootPrincipalIsNeverLookedUp() {
        AtomicInteger lookups = new AtomicInteger();
        Authorizer authorizer = new Authorizer((a, u) -> {
            lookups.incrementAndGet();
            return Optional.empty();
        }, NOON);

        assertThat(authorizer.check(new Caller(ALI, null, "k"), "ecs:DeleteImage", List.of(ARN), LOOPBACK)).isNull();
        assertThat(lookups).hasValue(0);
    }

    @Test
    void aUserWithoutPoliciesOrNoLongerThereMayDoNothing() {
        Authorizer none = authorizer(ALI);
        Authorizer gone = new Authorizer((a, u) -> Optional.empty(), NOON);

        Denial d = none.check(bot(ALI), "ecs:DescribeImages", List.of(ARN), LOOPBACK);
        assertThat(d).isNotNull();
        assertThat(d.explicit()).isFalse();
        assertThat(d.principalId()).isEqualTo("2000000000000001");
        assertThat(d.resource()).isEqualTo(ARN);
        assertThat(gone.check(bot(ALI), "ecs:DescribeImages", List.of(ARN), LOOPBACK).principalId()).isNull();
    }

    @Test
    void theClockAndTheSourceAddressReachTheConditions() {
        String beforeNoon = ram("{\"DateLessThan\":{\"acs:CurrentTime\":\"2026-11-24T12:00:00Z\"}}");
        String fromNoon = ram("{\"DateGreaterThanEquals\":{\"acs:CurrentTime\":\"2026-11-24T20:00:00+08:00\"},"
                + "\"IpAddress\":{\"acs:SourceIp\":\"127.0.0.0/8\"},\"Bool\":{\"acs:SecureTransport\":\"false\"}}");

        assertThat(authorizer(ALI, beforeNoon).check(bot(ALI), "ecs:DescribeImages", List.of(ARN), LOOPBACK))
                .isNotNull();
        assertThat(authorizer(ALI, fromNoon).check(bot(ALI), "ecs:DescribeImages", List.of(ARN), LOOPBACK)).isNull();
        assertThat(authorizer(ALI, fromNoon).check(bot(ALI), "ecs:DescribeImages", List.of(ARN),
                new RequestFacts("192.0.2.1", false, null, null))).isNotNull();
    }

    @Test
    void tencentConditionsSeeTheIpAndTheServicesRegion() {
        String cam = "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":\"name/cvm:*\","
                + "\"resource\":\"*\",\"condition\":{\"ip_equal\":{\"qcs:ip\":\"::1\"},"
                + "\"string_equal\":{\"cvm:region\":\"ap-guangzhou\"}}}]}";
        Authorizer a = authorizer(TC, cam);
        String res = "qcs::cvm:ap-guangzhou:uin/100000000001:image/*";

        assertThat(a.check(bot(TC), "cvm:DescribeImages", List.of(res),
                new RequestFacts("0:0:0:0:0:0:0:1", false, "cvm", "ap-guangzhou"))).isNull();
        assertThat(a.check(bot(TC), "cvm:DescribeImages", List.of(res),
                new RequestFacts("::1", false, "cvm", "ap-shanghai"))).isNotNull();
        // IPv4 loopback is not the IPv6 one the policy names.
        assertThat(a.check(bot(TC), "cvm:DescribeImages", List.of(res),
                new RequestFacts("127.0.0.1", false, "cvm", "ap-guangzhou"))).isNotNull();
    }

    @Test
    void aStoredPolicyThatNoLongerParsesRefusesEverythingExplicitly() {
        Authorizer a = authorizer(ALI, ram(null), "{\"Version\":\"2\"}");

        Denial d = a.check(bot(ALI), "ecs:DescribeImages", List.of(ARN), LOOPBACK);

        assertThat(d).isNotNull();
        assertThat(d.explicit()).isTrue();
    }

    @Test
    void theFirstRefusedResourceIsNamed() {
        String one = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecs:*\",\"Resource\":\""
                + ARN + "\"}]}";
        String other = "acs:ecs:cn-hangzhou:1234567890123456:image/m-2";

        Denial d = authorizer(ALI, one).check(bot(ALI), "ecs:DeleteImage", List.of(ARN, other), LOOPBACK);

        assertThat(d.resource()).isEqualTo(other);
    }

    private static Caller bot(AccountId account) {
        return new Caller(account, "bot", "key");
    }

    private static String ram(String condition) {
        return "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecs:*\",\"Resource\":\"*\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}]}";
    }

    private static Authorizer authorizer(AccountId account, String... documents) {
        List<NamedPolicy> policies = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            policies.add(new NamedPolicy("p" + i, documents[i]));
        }
        SubUser user = new SubUser(account, "bot", "2000000000000001", NOON.instant());
        return new Authorizer((a, u) -> Optional.of(new Principal(user, policies)), NOON);
    }
}
