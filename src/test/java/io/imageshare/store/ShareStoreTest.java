package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.core.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShareStoreTest extends StoreTestSupport {
    private static final AccountId A1 = AccountId.aliyun("1001");
    private static final AccountId A3 = AccountId.aliyun("1003");
    private static final AccountId A5 = AccountId.aliyun("1005");
    private static final AccountId A9 = AccountId.aliyun("1009");

    private static int shareCount(JdbcStore store, String imageId) {
        return store.read((StoreTx tx) -> tx.image(Product.ECS, imageId)).map(Image::shareCount).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void listsSharesBySharedTimeThenAccountWithPagingAndFilter(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0), ecs("m-2", ALICE, 0));
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(A5, A3), T0.plusSeconds(10));
            tx.insertShares(Product.ECS, "m-1", List.of(A9), T0);
            tx.insertShares(Product.ECS, "m-1", List.of(A1), T0.plusSeconds(20));
            tx.insertShares(Product.ECS, "m-2", List.of(A1), T0);
            return null;
        });

        List<Share> all = store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 100));
        assertThat(all).containsExactly(new Share(A9, T0), new Share(A3, T0.plusSeconds(10)),
                new Share(A5, T0.plusSeconds(10)), new Share(A1, T0.plusSeconds(20)));
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 1, 2))).containsExactlyElementsOf(all.subList(1, 3));
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 4, 2))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", A5, 0, 10))).containsExactly(all.get(2));
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", CAROL, 0, 10))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-404", null, 0, 10))).isEmpty();

        assertThat(store.read((StoreTx tx) -> tx.countShares(Product.ECS, "m-1", null))).isEqualTo(4);
        assertThat(store.read((StoreTx tx) -> tx.countShares(Product.ECS, "m-1", A5))).isEqualTo(1);
        assertThat(store.read((StoreTx tx) -> tx.countShares(Product.ECS, "m-1", CAROL))).isZero();
        assertThat(store.read((StoreTx tx) -> tx.countShares(Product.ECS, "m-404", null))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void pagesThroughFiveHundredRecipients(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));
        List<AccountId> recipients = IntStream.rangeClosed(1, 500)
                .mapToObj(i -> AccountId.aliyun(String.valueOf(200000 + i))).toList();
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", recipients, T0);
            return null;
        });

        List<Share> page50 = store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 490, 10));
        assertThat(page50).extracting(Share::account).containsExactlyElementsOf(recipients.subList(490, 500));
        assertThat(shareCount(store, "m-1")).isEqualTo(500);
        assertThat(store.read((StoreTx tx) -> tx.sharedAmong(Product.ECS, "m-1", recipients))).hasSize(500);
        assertThat(store.write((StoreTx tx) -> tx.deleteShares(Product.ECS, "m-1", recipients.subList(0, 499)))).isEqualTo(499);
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 10))).extracting(Share::account)
                .containsExactly(recipients.get(499));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void keepsTheShareCountInStep(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));

        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(A1, A3, A5), T0);
            return null;
        });
        assertThat(shareCount(store, "m-1")).isEqualTo(3);

        assertThat(store.write((StoreTx tx) -> tx.deleteShares(Product.ECS, "m-1", List.of(A3, A9, A3)))).isEqualTo(1);
        assertThat(shareCount(store, "m-1")).isEqualTo(2);
        assertThat(store.read((StoreTx tx) -> tx.countShares(Product.ECS, "m-1", null))).isEqualTo(2);

        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(), T0);
            tx.insertShares(Product.ECS, "m-1", List.of(A9), T0);
            return null;
        });
        assertThat(shareCount(store, "m-1")).isEqualTo(3);
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 10))).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void tellsWhichAccountsAlreadyHaveTheShare(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0), ecs("m-2", ALICE, 0));
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(A1, A5), T0);
            tx.insertShares(Product.ECS, "m-2", List.of(A3), T0);
            return null;
        });

        assertThat(store.read((StoreTx tx) -> tx.sharedAmong(Product.ECS, "m-1", List.of(A1, A3, A5, A9))))
                .containsExactlyInAnyOrder(A1, A5);
        assertThat(store.read((StoreTx tx) -> tx.sharedAmong(Product.ECS, "m-1", List.of()))).isEmpty();
        // A Tencent account with the same digits is another account, and never an ECS recipient.
        assertThat(store.read((StoreTx tx) -> tx.sharedAmong(Product.ECS, "m-1", List.of(AccountId.tencent("1000001")))))
                .isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.sharedAmong(Product.ECS, "m-404", List.of(A1)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void deletingSharesThatDoNotExistRemovesNothing(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(A1), T0);
            return null;
        });

        assertThat(store.write((StoreTx tx) -> tx.deleteShares(Product.ECS, "m-1", List.of(A3, A5)))).isZero();
        assertThat(store.write((StoreTx tx) -> tx.deleteShares(Product.ECS, "m-1", List.of()))).isZero();
        assertThat(store.write((StoreTx tx) -> tx.deleteShares(Product.ECS, "m-404", List.of(A1)))).isZero();
        assertThat(store.write((StoreTx tx) -> tx.deleteShares(Product.SWAS, "m-1", List.of(A1)))).isZero();
        assertThat(shareCount(store, "m-1")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void anExistingShareMakesTheInsertFailAsAWhole(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(A1), T0);
            return null;
        });

        assertThatThrownBy(() -> store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(A3, A1), T0);
            return null;
        })).isInstanceOf(StoreException.class);
        assertThat(shareCount(store, "m-1")).isEqualTo(1);
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 10))).extracting(Share::account)
                .containsExactly(A1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void sharesOfAMissingImageAreRefused(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThatThrownBy(() -> store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-404", List.of(A1), T0);
            return null;
        })).isInstanceOf(StoreException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void sharesWithMoreAccountsThanOneStatementTakes(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));
        List<AccountId> many = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            many.add(AccountId.aliyun(String.valueOf(5_000_000 + i)));
        }

        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", many, T0);
            return null;
        });

        assertThat(store.read((StoreTx tx) -> tx.sharedAmong(Product.ECS, "m-1", many))).hasSize(1234);
        assertThat(store.write((StoreTx tx) -> tx.deleteShares(Product.ECS, "m-1", many))).isEqualTo(1234);
        assertThat(shareCount(store, "m-1")).isZero();
    }
}
