package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import io.imageshare.core.StoreTx;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageStoreTest extends StoreTestSupport {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertsAnImageOnlyIfAbsentAndReadsEveryField(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        Image image = new Image(Product.ECS, "m-1", REGION, ALICE, "web", null, "Creating", "windows",
                "Windows Server 2022", "arm64", 100, true, true, 0, T0.plusMillis(123));

        assertThat(store.write((StoreTx tx) -> tx.insertImage(image))).isTrue();
        assertThat(store.write((StoreTx tx) -> tx.insertImage(ecs("m-1", BOB, 5)))).isFalse();

        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-1"))).contains(image);
        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-2"))).isEmpty();
        // Each product has its own ID space.
        assertThat(store.read((StoreTx tx) -> tx.image(Product.SWAS, "m-1"))).isEmpty();
        assertThat(store.write((StoreTx tx) -> tx.insertImage(image(Product.ENS, "m-1", Product.NO_REGION, BOB, "edge", 0))))
                .isTrue();
        assertThat(store.read((StoreTx tx) -> tx.image(Product.ENS, "m-1"))).get().extracting(Image::region).isEqualTo("");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aNewImageStartsWithoutShares(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0).withShareCount(7));

        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-1"))).get().extracting(Image::shareCount).isEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void imagesOfUnknownOwnersAreRefused(Backend backend) throws Exception {
        JdbcStore store = open(backend);

        assertThatThrownBy(() -> insert(store, ecs("m-1", AccountId.aliyun("999"), 0)))
                .isInstanceOf(StoreException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void lockImageReadsTheImageInWritesAndReads(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0));

        assertThat(store.write((StoreTx tx) -> tx.lockImage(Product.ECS, "m-1"))).isPresent();
        assertThat(store.write((StoreTx tx) -> tx.lockImage(Product.ECS, "m-404"))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.lockImage(Product.ECS, "m-1"))).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void updatesFlags(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        Image image = ecs("m-1", ALICE, 0);
        insert(store, image);

        store.write((StoreTx tx) -> {
            tx.updateImageFlags(Product.ECS, "m-1", true, true);
            return null;
        });
        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-1")))
                .contains(image.withPublic(true).withSharedToEcs(true));

        store.write((StoreTx tx) -> {
            tx.updateImageFlags(Product.ECS, "m-1", false, true);
            return null;
        });
        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-1"))).contains(image.withSharedToEcs(true));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void deletesAnImageWithItsShares(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0), ecs("m-2", ALICE, 0));
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "m-1", List.of(BOB, CAROL), T0);
            tx.insertShares(Product.ECS, "m-2", List.of(BOB), T0);
            return null;
        });

        store.write((StoreTx tx) -> {
            tx.deleteImage(Product.ECS, "m-1");
            return null;
        });

        assertThat(store.read((StoreTx tx) -> tx.image(Product.ECS, "m-1"))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-1", null, 0, 100))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.shares(Product.ECS, "m-2", null, 0, 100))).hasSize(1);
        // The ID can be used again, and the new image has no shares from the old one.
        insert(store, ecs("m-1", BOB, 3));
        assertThat(store.read((StoreTx tx) -> tx.countShares(Product.ECS, "m-1", null))).isZero();
        assertThat(store.read((StoreTx tx) -> tx.sharedAmong(Product.ECS, "m-1", List.of(BOB, CAROL)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void knowsTakenNamesPerProductRegionAndOwner(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, image(Product.ECS, "m-1", REGION, ALICE, "web", 0));

        assertThat(store.read((StoreTx tx) -> tx.imageNameTaken(Product.ECS, REGION, ALICE, "web"))).isTrue();
        assertThat(store.read((StoreTx tx) -> tx.imageNameTaken(Product.ECS, REGION, ALICE, "Web"))).isFalse();
        assertThat(store.read((StoreTx tx) -> tx.imageNameTaken(Product.ECS, "cn-beijing", ALICE, "web"))).isFalse();
        assertThat(store.read((StoreTx tx) -> tx.imageNameTaken(Product.ECS, REGION, BOB, "web"))).isFalse();
        assertThat(store.read((StoreTx tx) -> tx.imageNameTaken(Product.SWAS, REGION, ALICE, "web"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void countsTheImagesOfAnOwnerInAProduct(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        insert(store, ecs("m-1", ALICE, 0), ecs("m-2", ALICE, 1), ecs("m-3", BOB, 2),
                image(Product.ECS, "m-4", "cn-beijing", ALICE, "x", 3), image(Product.SWAS, "m-5", REGION, ALICE, "y", 4));

        assertThat(store.read((StoreTx tx) -> tx.countImages(Product.ECS, ALICE))).isEqualTo(3);
        assertThat(store.read((StoreTx tx) -> tx.countImages(Product.ECS, BOB))).isEqualTo(1);
        assertThat(store.read((StoreTx tx) -> tx.countImages(Product.SWAS, ALICE))).isEqualTo(1);
        assertThat(store.read((StoreTx tx) -> tx.countImages(Product.ECS, CAROL))).isZero();
    }
}
