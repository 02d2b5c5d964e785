package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import io.imageshare.core.StoreTx;
import io.imageshare.core.StoredKey;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountStoreTest extends StoreTestSupport {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertsAnAccountOnlyIfAbsent(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        AccountId dave = AccountId.aliyun("42");
        Account first = new Account(dave, "Dave", T0);

        assertThat(store.write((StoreTx tx) -> tx.insertAccount(first))).isTrue();
        assertThat(store.write((StoreTx tx) -> tx.insertAccount(new Account(dave, "Impostor", T0.plusSeconds(9))))).isFalse();

        assertThat(store.read((StoreTx tx) -> tx.account(dave))).contains(first);
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.aliyun("43")))).isEmpty();
        // Same digits, other cloud: another account.
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.tencent(TENCENT.id())))).isPresent();
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.aliyun(TENCENT.id())))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void listsTheAccountsOfOneCloudByID(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        store.write((StoreTx tx) -> tx.insertAccount(new Account(AccountId.aliyun("5"), null, T0)));

        assertThat(store.read((StoreTx tx) -> tx.accounts(Cloud.ALIYUN))).extracting(Account::id)
                .containsExactly(ALICE, BOB, CAROL, AccountId.aliyun("5"));
        assertThat(store.read((StoreTx tx) -> tx.accounts(Cloud.TENCENT))).extracting(Account::id).containsExactly(TENCENT);
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.aliyun("5")))).get().extracting(Account::name).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertsAnAccessKeyOnlyIfAbsentAndKeepsItsBytes(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        byte[] secret = new byte[256];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) i;
        }
        StoredKey root = new StoredKey("LTAI-root", ALICE, null, secret, true, T0);
        StoredKey user = new StoredKey("LTAI-user", ALICE, "deploy-bot", new byte[] {1}, false, T0.plusMillis(5));

        assertThat(store.write((StoreTx tx) -> tx.insertAccessKey(root))).isTrue();
        assertThat(store.write((StoreTx tx) -> tx.insertAccessKey(user))).isTrue();
        assertThat(store.write((StoreTx tx) -> tx.insertAccessKey(
                new StoredKey("LTAI-root", BOB, null, new byte[] {9}, true, T0)))).isFalse();

        StoredKey readRoot = store.read((StoreTx tx) -> tx.accessKey("LTAI-root")).orElseThrow();
        assertThat(readRoot.account()).isEqualTo(ALICE);
        assertThat(readRoot.userName()).isNull();
        assertThat(readRoot.encryptedSecret()).containsExactly(secret);
        assertThat(readRoot.enabled()).isTrue();
        assertThat(readRoot.createdAt()).isEqualTo(T0);

        StoredKey readUser = store.read((StoreTx tx) -> tx.accessKey("LTAI-user")).orElseThrow();
        assertThat(readUser.userName()).isEqualTo("deploy-bot");
        assertThat(readUser.enabled()).isFalse();
        assertThat(readUser.createdAt()).isEqualTo(T0.plusMillis(5));
        assertThat(store.read((StoreTx tx) -> tx.accessKey("nope"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void keysOfUnknownAccountsAreRefused(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        StoredKey orphan = new StoredKey("LTAI-orphan", AccountId.aliyun("999"), null, new byte[] {1}, true, T0);

        assertThatThrownBy(() -> store.write((StoreTx tx) -> tx.insertAccessKey(orphan))).isInstanceOf(StoreException.class);
        assertThat(store.read((StoreTx tx) -> tx.accessKey("LTAI-orphan"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void hostileTextIsStoredAndReadBackExactly(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        String hostile = "'; DROP TABLE image; -- \" \\ %_! 画像 🚀 Ünïcödé \u0001\t\r\n\u001f\u007f\u2028 end";
        AccountId odd = AccountId.aliyun("77");
        Image image = new Image(Product.ECS, "m-" + hostile, REGION, odd, hostile, hostile, Image.AVAILABLE, hostile,
                hostile, hostile, 1, false, false, 0, T0);

        store.write((StoreTx tx) -> tx.insertAccount(new Account(odd, hostile, T0)));
        insert(store, image);
        store.write((StoreTx tx) -> tx.insertAccessKey(new StoredKey(hostile, odd, hostile,
                hostile.getBytes(StandardCharsets.UTF_8), true, T0)));

        assertThat(store.read((StoreTx tx) -> tx.account(odd))).get().extracting(Account::name).isEqualTo(hostile);
        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-" + hostile))).contains(image);
        StoredKey key = store.read((StoreTx tx) -> tx.accessKey(hostile)).orElseThrow();
        assertThat(key.userName()).isEqualTo(hostile);
        assertThat(new String(key.encryptedSecret(), StandardCharsets.UTF_8)).isEqualTo(hostile);
        // The tables are all still there.
        assertThat(store.read((StoreTx tx) -> tx.countImages(Product.ECS, odd))).isEqualTo(1);
        assertThat(store.read((StoreTx tx) -> tx.imageNameTaken(Product.ECS, REGION, odd, hostile))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void textWithNulIsRefusedOnEveryDatabase(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThatThrownBy(() -> store.write((StoreTx tx) -> tx.insertAccount(new Account(AccountId.aliyun("8"), "a\u0000b", T0))))
                .isInstanceOf(StoreException.class).hasMessageContaining("NUL");
        assertThat(store.read((StoreTx tx) -> tx.account(AccountId.aliyun("8")))).isEmpty();
    }
}
