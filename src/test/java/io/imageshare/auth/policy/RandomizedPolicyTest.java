package io.imageshare.auth.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invariants over random policies from small vocabularies (so that patterns, resources and conditions meet
 * often), with fixed seeds so that a failure can be replayed: 500 rounds per dialect and invariant, about 6,000
 * parsed policies in all.
 */
class RandomizedPolicyTest {
    private static final int ROUNDS = 500;

    @ParameterizedTest
    @EnumSource(PolicyGenerator.Dialect.class)
    void aDenyOfEverythingDeniesEveryRequest(PolicyGenerator.Dialect dialect) {
        PolicyGenerator gen = new PolicyGenerator(dialect, 1);
        Policy denyAll = gen.parse(List.of(dialect.statement(false, "\"*\"", "\"*\"", null)));
        for (int round = 0; round < ROUNDS; round++) {
            List<String> statements = gen.statements(false);
            List<Policy> policies = new ArrayList<>(gen.policies());
            policies.add(gen.random().nextInt(policies.size() + 1), denyAll);
            List<String> withDeny = new ArrayList<>(statements);
            withDeny.add(gen.random().nextInt(withDeny.size() + 1), dialect.statement(false, "\"*\"", "\"*\"", null));
            Policy oneWithDeny = gen.parse(withDeny);
            for (int r = 0; r < 3; r++) {
                AccessRequest request = gen.request(null);
                assertThat(Policies.decide(policies, request)).isEqualTo(Decision.EXPLICIT_DENY);
                assertThat(oneWithDeny.evaluate(request)).as("%s on %s", withDeny, request)
                        .isEqualTo(Decision.EXPLICIT_DENY);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PolicyGenerator.Dialect.class)
    void decideCombinesPerPolicyPerResourceEvaluations(PolicyGenerator.Dialect dialect) {
        PolicyGenerator gen = new PolicyGenerator(dialect, 2);
        Map<Decision, Integer> seen = new EnumMap<>(Decision.class);
        for (int round = 0; round < ROUNDS; round++) {
            List<Policy> policies = gen.policies();
            for (int r = 0; r < 3; r++) {
                AccessRequest request = gen.request(null);
                Decision decided = Policies.decide(policies, request);
                assertThat(decided).as("%s", request).isEqualTo(combine(policies, request));
                if (policies.size() == 1) {
                    assertThat(policies.get(0).evaluate(request)).isEqualTo(decided);
                }
                seen.merge(decided, 1, Integer::sum);
            }
        }
        // Not vacuous: every outcome occurs a fair number of times.
        assertThat(seen).allSatisfy((decision, count) -> assertThat(count).isGreaterThan(75));
        assertThat(seen).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(PolicyGenerator.Dialect.class)
    void aPolicyForAccount111NeverAllowsAccount222(PolicyGenerator.Dialect dialect) {
        PolicyGenerator gen = new PolicyGenerator(dialect, 3);
        int allowedFor111 = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Policy policy = gen.parse(gen.statements(true));
            for (int r = 0; r < 3; r++) {
                AccessRequest foreign = gen.request("222");
                assertThat(policy.evaluate(foreign)).as("%s", foreign).isNotEqualTo(Decision.ALLOW);
                assertThat(Policies.decide(List.of(policy, policy), foreign)).isNotEqualTo(Decision.ALLOW);
                if (policy.evaluate(gen.request("111")) == Decision.ALLOW) {
                    allowedFor111++;
                }
            }
        }
        assertThat(allowedFor111).as("the same policies do allow requests in account 111").isGreaterThan(50);
    }

    /** The rule, from single-resource evaluations only: any deny wins, else each resource needs an allow. */
    private static Decision combine(List<Policy> policies, AccessRequest request) {
        boolean everyAllowed = true;
        for (String resource : request.resources()) {
            boolean allowed = false;
            for (Policy policy : policies) {
                switch (policy.evaluate(request.forResource(resource))) {
                    case EXPLICIT_DENY -> {
                        return Decision.EXPLICIT_DENY;
                    }
                    case ALLOW -> allowed = true;
                    case IMPLICIT_DENY -> {
                    }
                }
            }
            everyAllowed &= allowed;
        }
        return everyAllowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }
}
