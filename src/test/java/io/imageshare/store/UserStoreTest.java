package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.core.AccountId;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.StoreTx;
import io.imageshare.core.SubUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserStoreTest extends StoreTestSupport {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertsAUserOnlyIfAbsentPerAccount(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        SubUser bot = new SubUser(ALICE, "ci-bot", "2000000000000001", T0);

        assertThat(store.write((StoreTx tx) -> tx.insertSubUser(bot))).isTrue();
        assertThat(store.write((StoreTx tx) -> tx.insertSubUser(
                new SubUser(ALICE, "ci-bot", "2999999999999999", T0.plusSeconds(1))))).isFalse();
        // The same name in another account is another user.
        assertThat(store.write((StoreTx tx) -> tx.insertSubUser(new SubUser(BOB, "ci-bot", "2000000000000002", T0))))
                .isTrue();

        assertThat(store.read((StoreTx tx) -> tx.subUser(ALICE, "ci-bot"))).contains(bot);
        assertThat(store.read((StoreTx tx) -> tx.subUser(ALICE, "CI-BOT"))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.subUser(CAROL, "ci-bot"))).isEmpty();
        store.write((StoreTx tx) -> tx.insertSubUser(new SubUser(ALICE, "a-first", "2000000000000003", T0)));
        assertThat(store.read((StoreTx tx) -> tx.subUsers(ALICE))).extracting(SubUser::name)
                .containsExactly("a-first", "ci-bot");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void usersOfUnknownAccountsAreRefused(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        assertThatThrownBy(() -> store.write((StoreTx tx) -> tx.insertSubUser(
                new SubUser(AccountId.aliyun("999"), "ghost", "2000000000000009", T0))))
                .isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void keepsPoliciesPerUserByNameWordForWord(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        store.write((StoreTx tx) -> tx.insertSubUser(new SubUser(ALICE, "bot", "2000000000000001", T0)));
        store.write((StoreTx tx) -> tx.insertSubUser(new SubUser(ALICE, "other", "2000000000000002", T0)));
        String document = "{\"Version\": \"1\",\n \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"ecs:*\","
                + " \"Resource\": \"*\"}], \"note\": \"é ✓\"}";

        assertThat(store.write((StoreTx tx) -> tx.insertPolicy(ALICE, "bot", new NamedPolicy("b", document), T0)))
                .isTrue();
        assertThat(store.write((StoreTx tx) -> tx.insertPolicy(ALICE, "bot", new NamedPolicy("a", "{}"), T0)))
                .isTrue();
        assertThat(store.write((StoreTx tx) -> tx.insertPolicy(ALICE, "bot", new NamedPolicy("a", "{\"x\":1}"), T0)))
                .isFalse();

        assertThat(store.read((StoreTx tx) -> tx.policies(ALICE, "bot")))
                .containsExactly(new NamedPolicy("a", "{}"), new NamedPolicy("b", document));
        assertThat(store.read((StoreTx tx) -> tx.policies(ALICE, "other"))).isEmpty();

        assertThat(store.write((StoreTx tx) -> tx.deletePolicy(ALICE, "bot", "a"))).isTrue();
        assertThat(store.write((StoreTx tx) -> tx.deletePolicy(ALICE, "bot", "a"))).isFalse();
        assertThat(store.read((StoreTx tx) -> tx.policies(ALICE, "bot"))).extracting(NamedPolicy::name)
                .containsExactly("b");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void policiesOfUnknownUsersAreRefused(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        assertThatThrownBy(() -> store.write((StoreTx tx) -> tx.insertPolicy(ALICE, "ghost",
                new NamedPolicy("p", "{}"), T0))).isInstanceOf(RuntimeException.class);
    }
}
