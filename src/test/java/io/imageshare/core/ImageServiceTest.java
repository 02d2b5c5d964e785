package io.imageshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core's share rules, on a real SQLite store. */
class ImageServiceTest {
    private static final AccountId OWNER = AccountId.aliyun("1111111111");
    private static final AccountId OTHER = AccountId.aliyun("2222222222");
    private static final String REGION = "cn-hangzhou";

    @TempDir
    Path dir;
    private JdbcStore store;
    private ImageService images;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private String imageId;

    @BeforeEach
    void setUp() {
        store = JdbcStore.open(DatabaseConfig.sqlite(dir));
        InstantSource clock = now::get;
        images = new ImageService(store, clock, ShareLimits.defaults(), new ImageIds());
        store.write(tx -> {
            tx.insertAccount(new Account(OWNER, "owner", now.get()));
            tx.insertAccount(new Account(OTHER, "other", now.get()));
            for (int i = 0; i < 120; i++) {
                tx.insertAccount(new Account(recipient(i), null, now.get()));
            }
            return null;
        });
        imageId = images.createImage(OWNER, Product.ECS, REGION, NewImage.named("base")).id();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static AccountId recipient(int i) {
        return AccountId.aliyun(String.valueOf(3_000_000_000L + i));
    }

    private List<Share> shares() {
        return images.listShares(OWNER, Product.ECS, REGION, imageId, new PageRequest(1, 100), null).shares().items();
    }

    @Test
    void generatedIdsHaveTheProductForm() {
        assertThat(ImageIds.wellFormed(Product.ECS, imageId)).isTrue();
        assertThat(ImageIds.wellFormed(Product.CVM, new ImageIds().next(Product.CVM))).isTrue();
    }

    @Test
    void listsOrderedBySharedTimeThenAccount() {
        images.modifyShares(OWNER, Product.ECS, REGION, imageId, ShareChange.add(List.of(recipient(5), recipient(2))));
        now.set(now.get().plus(Duration.ofMinutes(1)));
        images.modifyShares(OWNER, Product.ECS, REGION, imageId, ShareChange.add(List.of(recipient(1))));
        assertThat(shares()).extracting(Share::account).containsExactly(recipient(2), recipient(5), recipient(1));
    }

    @Test
    void reAddKeepsTheOriginalTimeAndRemovingANonRecipientIsANoOp() {
        images.modifyShares(OWNER, Product.ECS, REGION, imageId, ShareChange.add(List.of(recipient(1))));
        Instant first = shares().get(0).sharedAt();
        now.set(now.get().plus(Duration.ofHours(1)));
        images.modifyShares(OWNER, Product.ECS, REGION, imageId,
                new ShareChange(List.of(recipient(1)), List.of(recipient(9)), null, false));
        assertThat(shares()).singleElement().satisfies(s -> assertThat(s.sharedAt()).isEqualTo(first));
    }

    @Test
    void aChangeWithOneBadRecipientChangesNothing() {
        AccountId unknown = AccountId.aliyun("999999999999");
        assertThatThrownBy(() -> images.modifyShares(OWNER, Product.ECS, REGION, imageId,
                ShareChange.add(List.of(recipient(1), unknown))))
                .isInstanceOfSatisfying(CoreException.class, e -> assertThat(e.error()).isEqualTo(CoreError.RECIPIENT_NOT_FOUND));
        assertThat(shares()).isEmpty();
    }

    @Test
    void refusesSelfTheOtherCloudAndAddRemoveOverlap() {
        assertThatThrownBy(() -> images.modifyShares(OWNER, Product.ECS, REGION, imageId, ShareChange.add(List.of(OWNER))))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.RECIPIENT_IS_OWNER);
        assertThatThrownBy(() -> images.modifyShares(OWNER, Product.ECS, REGION, imageId,
                ShareChange.add(List.of(AccountId.tencent("100000000001")))))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.RECIPIENT_NOT_FOUND);
        assertThatThrownBy(() -> images.modifyShares(OWNER, Product.ECS, REGION, imageId,
                new ShareChange(List.of(recipient(1)), List.of(recipient(1)), null, false)))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.RECIPIENT_IN_ADD_AND_REMOVE);
    }

    @Test
    void onlyTheOwnerInTheImagesRegionSeesShares() {
        assertThatThrownBy(() -> images.listShares(OTHER, Product.ECS, REGION, imageId, new PageRequest(1, 10), null))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.IMAGE_NOT_OWNED);
        assertThatThrownBy(() -> images.listShares(OWNER, Product.ECS, "cn-beijing", imageId, new PageRequest(1, 10), null))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.IMAGE_NOT_FOUND);
        assertThatThrownBy(() -> images.listShares(OWNER, Product.SWAS, REGION, imageId, new PageRequest(1, 10), null))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.IMAGE_NOT_FOUND);
    }

    @Test
    void pagePastTheEndIsEmptyWithTheTrueTotal() {
        images.modifyShares(OWNER, Product.ECS, REGION, imageId, ShareChange.add(List.of(recipient(1), recipient(2))));
        SharePage page = images.listShares(OWNER, Product.ECS, REGION, imageId, new PageRequest(5, 10), null);
        assertThat(page.shares().items()).isEmpty();
        assertThat(page.shares().total()).isEqualTo(2);
    }

    @Test
    void recipientLimitHoldsUnderConcurrentAdds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            AccountId r = recipient(i);
            futures.add(pool.submit(() -> {
                try {
                    images.modifyShares(OWNER, Product.ECS, REGION, imageId, ShareChange.add(List.of(r)));
                } catch (CoreException e) {
                    assertThat(e.error()).isEqualTo(CoreError.SHARE_QUOTA_EXCEEDED);
                    refused.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(shares()).hasSize(50);
        assertThat(refused).hasValue(50);
        assertThat(images.ownImage(OWNER, Product.ECS, REGION, imageId).shareCount()).isEqualTo(50);
    }

    @Test
    void deleteRefusedWhileSharedOrPublic() {
        images.modifyShares(OWNER, Product.ECS, REGION, imageId, ShareChange.add(List.of(recipient(1))));
        assertThatThrownBy(() -> images.deleteImage(OWNER, Product.ECS, REGION, imageId))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.IMAGE_IN_SHARE);
        images.modifyShares(OWNER, Product.ECS, REGION, imageId, new ShareChange(List.of(), List.of(recipient(1)), true, false));
        assertThatThrownBy(() -> images.deleteImage(OWNER, Product.ECS, REGION, imageId))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.IMAGE_IS_PUBLIC);
        images.modifyShares(OWNER, Product.ECS, REGION, imageId, new ShareChange(List.of(), List.of(), false, false));
        images.deleteImage(OWNER, Product.ECS, REGION, imageId);
        assertThatThrownBy(() -> images.ownImage(OWNER, Product.ECS, REGION, imageId))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.IMAGE_NOT_FOUND);
    }

    @Test
    void duplicateImageNamesAreRefusedPerOwnerAndRegion() {
        assertThatThrownBy(() -> images.createImage(OWNER, Product.ECS, REGION, NewImage.named("base")))
                .extracting(e -> ((CoreException) e).error()).isEqualTo(CoreError.IMAGE_NAME_DUPLICATED);
        assertThat(images.createImage(OTHER, Product.ECS, REGION, NewImage.named("base")).owner()).isEqualTo(OTHER);
        assertThat(images.createImage(OWNER, Product.ECS, "cn-beijing", NewImage.named("base")).region()).isEqualTo("cn-beijing");
    }

    @Test
    void tempDirIsUsed() {
        assertThat(Files.exists(dir.resolve(DatabaseConfig.SQLITE_FILE_NAME))).isTrue();
    }
}
