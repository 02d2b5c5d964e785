package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.AccountId;
import io.imageshare.core.ImageIds;
import io.imageshare.core.ImageQuery;
import io.imageshare.core.ImageQuotaExceededException;
import io.imageshare.core.ImageService;
import io.imageshare.core.NewImage;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.ShareLimits;
import io.imageshare.core.StoreTx;
import io.imageshare.core.Visibility;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What Simple Application Server custom images need of the store: exact-name filters, the per-region quota. */
class CustomImageStoreTest extends StoreTestSupport {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void listingsFilterOnExactNames(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, image(Product.SWAS, "m-a", REGION, ALICE, "alpha", 0),
                image(Product.SWAS, "m-b", REGION, ALICE, "beta", 1),
                image(Product.SWAS, "m-c", REGION, ALICE, "alphabet", 2));
        ImageQuery byNames = new ImageQuery(Product.SWAS, REGION, ALICE, Set.of(Visibility.OWN), null, null,
                Set.of("alpha", "beta", "nope"), null, null, false, new PageRequest(1, 10));

        assertThat(store.read((StoreTx tx) -> tx.findImages(byNames))).extracting(i -> i.id())
                .containsExactly("m-b", "m-a");
        assertThat(store.read((StoreTx tx) -> tx.countImages(byNames))).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void lockAccountFindsTheAccountOrNothing(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThat(store.write((StoreTx tx) -> tx.lockAccount(ALICE))).get().extracting(a -> a.id()).isEqualTo(ALICE);
        assertThat(store.write((StoreTx tx) -> tx.lockAccount(AccountId.aliyun("404")))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.lockAccount(BOB))).as("a reader does not lock").isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void concurrentCreationsNeverExceedThePerRegionQuota(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        ImageService images = new ImageService(store, InstantSource.system(), ShareLimits.defaults(), new ImageIds());
        int threads = 12;
        int quota = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> created = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String name = "img-" + i;
                created.add(pool.submit(() -> {
                    start.await();
                    try {
                        images.createImage(ALICE, Product.SWAS, REGION, NewImage.named(name), quota, null);
                        return true;
                    } catch (ImageQuotaExceededException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> f : created) {
                successes += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(successes).isEqualTo(quota);
            assertThat(store.read((StoreTx tx) -> tx.countImages(Product.SWAS, ALICE))).isEqualTo(quota);
        } finally {
            pool.shutdownNow();
        }
    }
}
