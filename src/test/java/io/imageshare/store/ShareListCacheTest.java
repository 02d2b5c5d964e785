package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.core.SharePage;
import io.imageshare.core.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recipients kept in memory between commits on SQLite (docs/adr/0019), and the same answers on both databases. */
class ShareListCacheTest extends StoreTestSupport {
    private static final PageRequest FIRST_TEN = new PageRequest(1, 10);

    private static List<AccountId> recipients(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> AccountId.aliyun(String.valueOf(300000 + i))).toList();
    }

    private static void share(JdbcStore store, String imageId, List<AccountId> accounts, int seconds) {
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, imageId, accounts, T0.plusSeconds(seconds));
            return null;
        });
    }

    private static SharePage page(JdbcStore store, String imageId, AccountId only, PageRequest page) {
        return store.sharePage(Product.ECS, imageId, only, page).orElseThrow();
    }

    private static ShareListCache cache(JdbcStore store) {
        return store.shareLists().orElseThrow();
    }

    /** Two stores on one SQLite file, as a server and an admin command are: ALICE's image m-1, unshared. */
    private JdbcStore[] twoStoresOnOneFile(TestDatabase database) {
        JdbcStore server = track(database.open());
        JdbcStore admin = track(database.open());
        server.write((StoreTx tx) -> tx.insertAccount(new Account(ALICE, "alice", T0)));
        insert(server, ecs("m-1", ALICE, 0));
        return new JdbcStore[] {server, admin};
    }

    @Test
    void pagesAreReadOnceUntilTheNextCommit() throws Exception {
        JdbcStore store = open(Backend.SQLITE);
        insert(store, ecs("m-1", ALICE, 0));
        share(store, "m-1", recipients(0, 3), 0);

        assertThat(page(store, "m-1", null, FIRST_TEN).shares().total()).isEqualTo(3);
        assertThat(page(store, "m-1", null, new PageRequest(2, 2)).shares().items()).hasSize(1);
        assertThat(cache(store).reads()).as("the second page came from memory").isEqualTo(1);

        share(store, "m-1", recipients(3, 1), 10);
        assertThat(page(store, "m-1", null, FIRST_TEN).shares().total()).isEqualTo(4);
        assertThat(cache(store).reads()).as("the commit made the next call read again").isEqualTo(2);

        // A commit that touches no share starts a new generation all the same.
        insert(store, ecs("m-2", ALICE, 1));
        page(store, "m-1", null, FIRST_TEN);
        assertThat(cache(store).reads()).isEqualTo(3);
    }

    @Test
    void aCommitByAnotherConnectionToTheFileIsSeenByTheNextCall() throws Exception {
        JdbcStore[] stores = twoStoresOnOneFile(database(Backend.SQLITE));
        JdbcStore server = stores[0];
        JdbcStore admin = stores[1];
        assertThat(page(server, "m-1", null, FIRST_TEN).shares().total()).isZero();
        assertThat(page(server, "m-1", null, FIRST_TEN).shares().total()).isZero();

        share(admin, "m-1", recipients(0, 2), 0);

        assertThat(page(server, "m-1", null, FIRST_TEN).shares().items()).extracting(Share::account)
                .containsExactlyElementsOf(recipients(0, 2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void everyWindowAndFilterAgreesWithATransactionsAnswer(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0), ecs("m-empty", ALICE, 1));
        share(store, "m-1", recipients(0, 7), 20);
        share(store, "m-1", recipients(7, 5), 10);
        List<PageRequest> windows = List.of(new PageRequest(1, 5), new PageRequest(2, 5), new PageRequest(3, 5),
                new PageRequest(4, 5), PageRequest.atOffset(11, 3), PageRequest.atOffset(12, 1), PageRequest.all(500));
        List<AccountId> filters = new ArrayList<>(List.of(recipients(3, 1).get(0), recipients(9, 1).get(0), CAROL,
                TENCENT));
        filters.add(null);
        for (String image : List.of("m-1", "m-empty")) {
            for (PageRequest window : windows) {
                for (AccountId only : filters) {
                    Optional<SharePage> inTransaction = store.read((StoreTx tx) -> tx.sharePage(Product.ECS, image,
                            only, window));
                    assertThat(store.sharePage(Product.ECS, image, only, window)).as("%s %s %s", image, window, only)
                            .isEqualTo(inTransaction);
                }
            }
        }
        assertThat(store.sharePage(Product.ECS, "m-404", null, FIRST_TEN)).isEmpty();
        assertThat(store.sharePage(Product.ENS, "m-1", null, FIRST_TEN)).as("another product's key").isEmpty();
    }

    @Test
    void anImageWithMoreRecipientsThanTheBoundIsPagedInTheDatabase() throws Exception {
        JdbcStore store = open(Backend.SQLITE);
        insert(store, ecs("m-big", ALICE, 0));
        List<AccountId> many = recipients(0, ShareListCache.MAX_SHARES_PER_IMAGE + 1);
        share(store, "m-big", many, 0);

        long before = cache(store).reads();
        SharePage last = page(store, "m-big", null, PageRequest.atOffset(ShareListCache.MAX_SHARES_PER_IMAGE, 10));
        page(store, "m-big", null, FIRST_TEN);

        assertThat(last.shares().total()).isEqualTo(ShareListCache.MAX_SHARES_PER_IMAGE + 1);
        assertThat(last.shares().items()).extracting(Share::account).containsExactly(many.get(many.size() - 1));
        assertThat(cache(store).reads() - before).as("asked the database both times").isEqualTo(2);
        assertThat(cache(store).kept()).isZero();
    }

    @Test
    void aFullGenerationStartsAgainEmpty() throws Exception {
        JdbcStore store = open(Backend.SQLITE);
        insert(store, ecs("m-1", ALICE, 0), ecs("m-2", ALICE, 1), ecs("m-3", ALICE, 2));
        for (String image : List.of("m-1", "m-2", "m-3")) {
            share(store, image, recipients(0, 3), 0);
        }
        // Each image weighs its 3 recipients and 1: two fit in 8, the third does not.
        ShareListCache small = new ShareListCache(store.pools().dataVersion().orElseThrow(), 8);
        for (String image : List.of("m-1", "m-2")) {
            small.page(Product.ECS, image, null, FIRST_TEN, store::read);
        }
        assertThat(small.kept()).isEqualTo(2);

        SharePage third = small.page(Product.ECS, "m-3", null, FIRST_TEN, store::read).orElseThrow();

        assertThat(third.shares().total()).as("answered all the same").isEqualTo(3);
        assertThat(small.kept()).isZero();
        small.page(Product.ECS, "m-3", null, FIRST_TEN, store::read);
        assertThat(small.kept()).isEqualTo(1);
    }

    /** The same rules where the WAL-index header cannot be read and SQLite's data_version is asked instead. */
    @Test
    void withoutTheHeaderTheDataVersionTellsCommitsApart() throws Exception {
        TestDatabase database = database(Backend.SQLITE);
        JdbcStore[] stores = twoStoresOnOneFile(database);
        JdbcStore store = stores[0];
        JdbcStore admin = stores[1];
        SqliteDataVersion asked = track(new SqliteDataVersion(readOnlySource(database.config().sqliteFile()), null));
        ShareListCache cache = new ShareListCache(asked);

        cache.page(Product.ECS, "m-1", null, FIRST_TEN, store::read);
        cache.page(Product.ECS, "m-1", null, FIRST_TEN, store::read);
        assertThat(cache.reads()).isEqualTo(1);
        share(store, "m-1", recipients(0, 1), 0);
        assertThat(cache.page(Product.ECS, "m-1", null, FIRST_TEN, store::read).orElseThrow().shares().total())
                .isEqualTo(1);
        share(admin, "m-1", recipients(1, 1), 0);
        assertThat(cache.page(Product.ECS, "m-1", null, FIRST_TEN, store::read).orElseThrow().shares().total())
                .isEqualTo(2);
        assertThat(cache.reads()).isEqualTo(3);
    }

    @Test
    void withoutTheDataVersionEveryCallReadsTheDatabase() throws Exception {
        JdbcStore store = open(Backend.SQLITE);
        insert(store, ecs("m-1", ALICE, 0));
        page(store, "m-1", null, FIRST_TEN);
        store.pools().dataVersion().orElseThrow().close();

        share(store, "m-1", recipients(0, 1), 0);

        assertThat(page(store, "m-1", null, FIRST_TEN).shares().total()).isEqualTo(1);
        share(store, "m-1", recipients(1, 1), 0);
        assertThat(page(store, "m-1", null, FIRST_TEN).shares().total()).isEqualTo(2);
    }

    /**
     * Writers add recipients one at a time and publish each count once its commit returned; readers
     * on other threads note the count before they ask. No answer may hold fewer: that would be a
     * page read before an acknowledged commit, served after it.
     */
    @Test
    void noCallSeesLessThanWhatWasAcknowledgedBeforeItBegan() throws Exception {
        JdbcStore store = open(Backend.SQLITE);
        insert(store, ecs("m-1", ALICE, 0));
        int writes = 150;
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        List<AccountId> accounts = recipients(0, writes);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(threads.submit(() -> {
                    int calls = 0;
                    while (!done.get()) {
                        int before = acknowledged.get();
                        long seen = page(store, "m-1", null, PageRequest.all(500)).shares().total();
                        assertThat(seen).as("after %d acknowledged commits", before).isGreaterThanOrEqualTo(before);
                        calls++;
                    }
                    return calls;
                }));
            }
            for (int i = 0; i < writes; i++) {
                share(store, "m-1", List.of(accounts.get(i)), i);
                acknowledged.set(i + 1);
            }
            done.set(true);
            int calls = 0;
            for (Future<Integer> reader : readers) {
                calls += reader.get();
            }
            assertThat(calls).as("the readers ran beside the writes").isGreaterThan(writes);
            assertThat(cache(store).reads()).as("some calls were answered from memory").isLessThan(calls);
        } finally {
            done.set(true);
            threads.shutdownNow();
        }
        assertThat(page(store, "m-1", null, PageRequest.all(500)).shares().total()).isEqualTo(writes);
    }
}
